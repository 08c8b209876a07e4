package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// onSettled calls done on the UI goroutine with the value a JavaScript promise resolves to, or
// with ok false when it is rejected; a rejection never reaches the console as uncaught. It
// updates ctx's component and every component above it, the whole page: a caller whose outcome
// may change nothing on screen uses whenSettled and dispatches only a change.
func onSettled(ctx app.Context, pr app.Value, done func(v app.Value, ok bool)) {
	whenSettled(pr, func(v app.Value, ok bool) {
		ctx.Dispatch(func(ctx app.Context) { done(v, ok) })
	})
}

// whenSettled calls done with the value a JavaScript promise resolves to, or with ok false when
// it is rejected (or pr is no promise, then at once). done runs in the browser's callback, not
// on the UI goroutine: it may read JavaScript values and call ctx.Dispatch, not touch a
// component's fields.
//
// A panic in done is recovered and logged: in a browser callback, outside go-app's loop, it would
// end the Go program and leave a dead page (the footer's offline line once read its element after
// a navigation had removed it).
func whenSettled(pr app.Value, done func(v app.Value, ok bool)) {
	safe := func(v app.Value, ok bool) {
		defer recoverAndLog("a browser callback")
		done(v, ok)
	}
	if !pr.Truthy() || !pr.Get("then").Truthy() {
		safe(pr, false)
		return
	}
	var resolve, reject app.Func
	settle := func(v app.Value, ok bool) {
		safe(v, ok)
		resolve.Release()
		reject.Release()
	}
	arg := func(args []app.Value) app.Value {
		if len(args) == 0 {
			return app.Null()
		}
		return args[0]
	}
	resolve = app.FuncOf(func(this app.Value, args []app.Value) any { settle(arg(args), true); return nil })
	reject = app.FuncOf(func(this app.Value, args []app.Value) any { settle(arg(args), false); return nil })
	pr.Call("then", resolve, reject)
}

// promise is onSettled for a caller that needs only whether the promise was fulfilled.
func promise(ctx app.Context, pr app.Value, done func(ok bool)) {
	onSettled(ctx, pr, func(_ app.Value, ok bool) { done(ok) })
}
