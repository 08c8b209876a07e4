package app

// The reader's parts: a long article shown a bounded run of paragraphs at a time.

import (
	"fmt"
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Bounds of one part of an article in the reader (see corpus.Article.Parts): with the markup of
// each sentence (its anchor and cite controls) a part stays well under issue 10's 200 KB of
// HTML and 5,000 DOM nodes.
const (
	readerPartSentences = 200
	readerPartBytes     = 40000
)

// partRange returns the numbers of the first sentence of the part shown and of the first after
// it.
func (p *readerPage) partRange() (first, end int) {
	if len(p.parts) == 0 {
		return 0, 1 << 30
	}
	k := min(max(p.part, 0), len(p.parts)-1)
	first, end = p.parts[k], 1<<30
	if k+1 < len(p.parts) {
		end = p.parts[k+1]
	}
	return first, end
}

// renderParts links to the other parts of a long article: previous, next, the first and last,
// and those near the part shown, as the library's pager does.
func (p *readerPage) renderParts(id string) app.UI {
	if len(p.parts) <= 1 {
		return app.Text("")
	}
	cur, last := p.part+1, len(p.parts)
	partHref := func(n int) string {
		v := url.Values{}
		if p.query != "" {
			v.Set("q", p.query)
		}
		if n > 1 {
			v.Set("part", strconv.Itoa(n))
		}
		u := "/read/" + url.PathEscape(p.id)
		if len(v) > 0 {
			u += "?" + v.Encode()
		}
		return href(u)
	}
	items := pagerItems(cur, last, "part", partHref)
	first, end := p.partRange()
	end = min(end, p.sentenceCount())
	// The two pagers are landmarks of their own, so they need names of their own.
	label := "Parts of the article"
	if id == "reader-parts-bottom" {
		label = "Parts of the article, at the end of this one"
	}
	return app.Nav().ID(attrText(id)).Class("pager reader-parts").Aria("label", attrText(label)).Body(
		app.P().Class("pager-of").Text(fmt.Sprintf("Part %d of %d: sentences %s–%s of %s. The article is long, so it is shown a part at a time.",
			cur, last, thousands(first+1), thousands(end), thousands(p.sentenceCount()))),
		app.Ul().Body(items...),
	)
}

// sentenceCount is the number of sentences of the article shown.
func (p *readerPage) sentenceCount() int {
	n := 0
	for _, para := range p.article.Paragraphs {
		n += len(para.Sentences)
	}
	return n
}
