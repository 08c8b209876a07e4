// Package app holds Parallax's go-app components: the shell and one file per component.
//
// Conventions, shared by every view:
//   - A page derives its state from the URL in OnNav (ctx.Page().URL(), through routePath and
//     url.Values) into unexported fields; exported fields are props and are reset on navigation.
//     Render is a pure function of fields and never does work that can fail.
//   - Pages render through page(), which adds the header, the skip link and the footer.
//   - Every href goes through href() (or a URL builder in links.go), which adds the base path when
//     the app is hosted under a sub-path; routePath() strips it again when reading a URL.
//   - The corpus comes from loadCorpus() in data.go; a failure is shown with errorView(), never as
//     a panic. guard() recovers from a panic in event handlers and actions and shows the error.
//   - Text from articles goes into element text, never into attributes: go-app's prerender writes
//     attribute values with strconv.Quote, not HTML escaping.
//   - Each view has its own stylesheet, web/css/<view>.css; base.css holds the shell and tokens.
package app
