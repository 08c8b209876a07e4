// Command shot takes a screenshot of a page of a running Parallax server with headless Chromium,
// for documentation: go run ./bench/compare/internal/shot -url URL -out file.png.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

func main() {
	u := flag.String("url", "", "page to capture")
	out := flag.String("out", "shot.png", "PNG file to write")
	w := flag.Int("w", 1280, "viewport width")
	h := flag.Int("h", 900, "viewport height")
	full := flag.Bool("full", false, "capture the full page")
	dark := flag.Bool("dark", false, "prefer a dark colour scheme")
	mobile := flag.Bool("mobile", false, "emulate a phone of the given width (Chromium's window cannot be that narrow)")
	hide := flag.String("hide", "", "CSS selector of elements to remove before the capture, e.g. a passing toast")
	scroll := flag.String("scroll", "", "CSS selector of an element to scroll to the top before the capture")
	flag.Parse()
	dir, err := os.MkdirTemp("", "shot-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.DisableGPU, chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true), chromedp.UserDataDir(dir), chromedp.WindowSize(*w, *h),
		chromedp.ExecPath("/usr/bin/chromium"))
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	var buf []byte
	actions := []chromedp.Action{}
	if *mobile {
		actions = append(actions, emulation.SetDeviceMetricsOverride(int64(*w), int64(*h), 2, true))
	}
	if *dark {
		actions = append(actions, chromedp.ActionFunc(func(ctx context.Context) error {
			return emulateDark(ctx)
		}))
	}
	actions = append(actions,
		chromedp.Navigate(*u),
		chromedp.WaitVisible(`html[data-parallax="ready"]`, chromedp.ByQuery),
		chromedp.Sleep(1500*time.Millisecond),
	)
	if *hide != "" {
		actions = append(actions, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll(%q).forEach(e => e.remove())`, *hide), nil))
	}
	if *scroll != "" {
		actions = append(actions, chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).scrollIntoView()`, *scroll), nil))
	}
	if *full {
		actions = append(actions, chromedp.FullScreenshot(&buf, 90))
	} else {
		actions = append(actions, chromedp.CaptureScreenshot(&buf))
	}
	if err := chromedp.Run(ctx, actions...); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf, 0o644); err != nil {
		log.Fatal(err)
	}
}
