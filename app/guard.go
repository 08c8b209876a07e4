package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// guard runs f and turns a panic into an error for the view to show: any panic ends a go-app
// program and leaves a dead page, so work on URLs, user input or the index goes through here.
func guard(what string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s failed unexpectedly (%v); the rest of Parallax still works", what, r)
			app.Log(err)
		}
	}()
	f()
	return nil
}

// recoverAndLog, deferred in an event handler whose view reports its own errors, keeps a panic
// from killing the app and logs it.
func recoverAndLog(what string) {
	if r := recover(); r != nil {
		app.Log(what+":", r)
	}
}
