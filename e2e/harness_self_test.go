package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestHarnessCatchesProblems makes sure the checks every test relies on can fail.
func TestHarnessCatchesProblems(t *testing.T) {
	p := openPage(t, "/")
	p.Run(chromedp.Evaluate(`fetch("/web/no-such-file.png"); console.error("provoked error");
		console.log("panic: provoked\n"); console.log("goroutine 1 [running]:\nmain.main()"); 0`, nil))
	deadline := time.Now().Add(10 * time.Second)
	var got []string
	for time.Now().Before(deadline) {
		got = append(got, p.takeProblems()...)
		if contains(got, "HTTP 404") && contains(got, "provoked error") && contains(got, "crashed: panic: provoked") && contains(got, "main.main()") {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("harness recorded %q; want a 404, a console error and a Go panic with its stack", got)
}

func contains(list []string, substr string) bool {
	for _, s := range list {
		if strings.Contains(s, substr) {
			return true
		}
	}
	return false
}

// fixedButtonsJS adds three buttons above every layer of the page, at 100, 200 and 400 px:
// self-target, self-other and self-gone, each recording its clicks in window.clicked.
const fixedButtonsJS = `[["self-target", 100], ["self-other", 200], ["self-gone", 400]].forEach(([id, top]) => {
	const b = document.createElement("button");
	b.id = id;
	b.textContent = id;
	b.style.cssText = "position:fixed;left:20px;width:120px;height:40px;z-index:99;top:" + top + "px";
	b.addEventListener("click", () => { window.clicked = (window.clicked || []).concat(id); });
	document.body.append(b);
})`

// TestClickCancelsAPressThatMissed makes sure Page.Click's guard works: a press that lands off
// the element, because the element moved after Click found it still, is recorded and reaches
// nothing on the page; Click then finds the element where it now is and clicks it.
func TestClickCancelsAPressThatMissed(t *testing.T) {
	p := openPage(t, "/")
	p.Eval(fixedButtonsJS+`; 0`, nil)
	var at struct {
		X, Y  float64
		Still bool
	}
	evalAwait(p, fmt.Sprintf(clickTargetJS, "#self-target"), &at)
	if !at.Still {
		t.Fatal("the fixed button is not found still")
	}
	// The target moves away and the other button takes its place before the press.
	p.Eval(`document.getElementById("self-target").style.top = "300px"; document.getElementById("self-other").style.top = "100px"; 0`, nil)
	p.Run(chromedp.MouseClickXY(at.X, at.Y))
	var missed string
	var clicked []string
	p.Eval(`window.parallaxClickMissed || ""`, &missed)
	p.Eval(`window.clicked || []`, &clicked)
	if missed != "button#self-other" || len(clicked) != 0 {
		t.Fatalf("a press off the target: missed %q, clicked %q; want it recorded on self-other and cancelled", missed, clicked)
	}
	p.Eval(`window.parallaxClickDisarm && window.parallaxClickDisarm(); 0`, nil)
	p.Click("#self-target")
	p.Eval(`window.clicked || []`, &clicked)
	if len(clicked) != 1 || clicked[0] != "self-target" {
		t.Errorf("Click after the move clicked %q, want self-target once", clicked)
	}
}

// TestClickGuardEndsWithItsPress: the guard Click arms ends with the press's click, so a later
// click elsewhere, by any means, reaches the page; and a press on an element that acts on
// mousedown and goes (as a picker's option does) is no miss.
func TestClickGuardEndsWithItsPress(t *testing.T) {
	p := openPage(t, "/")
	p.Eval(fixedButtonsJS+`;
		document.getElementById("self-gone").addEventListener("mousedown", e => { window.picked = 1; e.target.remove(); });
		0`, nil)
	var at struct {
		X, Y  float64
		Still bool
	}
	evalAwait(p, fmt.Sprintf(clickTargetJS, "#self-target"), &at)
	p.Run(chromedp.MouseClickXY(at.X, at.Y))
	// No disarm from the harness: the guard must be gone by itself.
	p.Run(chromedp.Click("#self-other", chromedp.ByQuery))
	var clicked []string
	p.Eval(`window.clicked || []`, &clicked)
	if len(clicked) != 2 || clicked[0] != "self-target" || clicked[1] != "self-other" {
		t.Errorf("clicked %q, want self-target then self-other", clicked)
	}
	p.Click("#self-gone")
	var picked int
	p.Eval(`window.picked || 0`, &picked)
	if picked != 1 {
		t.Errorf("the element that acts on mousedown was not pressed")
	}
}
