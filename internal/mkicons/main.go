// Command mkicons draws Parallax's PNG icons, so that they stay in step with web/icons/icon.svg.
//
// Run it from the repository root: go run ./internal/mkicons
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"
)

var (
	background = color.NRGBA{0x1d, 0x3b, 0x5c, 0xff}
	left       = color.NRGBA{0xf2, 0xb1, 0x34, 0xff}
	right      = color.NRGBA{0x7f, 0xd1, 0xc7, 0xff}
)

func main() {
	out := filepath.Join("web", "icons")
	icons := []struct {
		name    string
		size    int
		safe    float64 // share of the side the mark may use
		rounded bool
	}{
		{"icon-192.png", 192, 0.78, true},
		{"icon-512.png", 512, 0.78, true},
		// Maskable icons are cropped to a circle of 80% of the side by some launchers: keep the
		// mark inside it and paint the background to the edges.
		{"maskable-512.png", 512, 0.56, false},
	}
	for _, ic := range icons {
		if err := write(filepath.Join(out, ic.name), draw(ic.size, ic.safe, ic.rounded)); err != nil {
			log.Fatal(err)
		}
	}
}

func write(name string, img image.Image) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// draw paints the mark: two overlapping discs, the same story seen from two sides.
func draw(size int, safe float64, rounded bool) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const ss = 4 // supersampling per axis, for smooth edges
	s := float64(size)
	r := s * safe / 3.2
	cx1, cx2, cy := s/2-r*0.55, s/2+r*0.55, s/2
	corner := s * 0.18
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var acc [4]float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					px := float64(x) + (float64(sx)+0.5)/ss
					py := float64(y) + (float64(sy)+0.5)/ss
					c, ok := sample(px, py, s, corner, rounded, cx1, cx2, cy, r)
					if !ok {
						continue
					}
					acc[0] += float64(c.R)
					acc[1] += float64(c.G)
					acc[2] += float64(c.B)
					acc[3] += 255
				}
			}
			n := float64(ss * ss)
			if acc[3] == 0 {
				continue
			}
			a := acc[3] / n
			img.SetNRGBA(x, y, color.NRGBA{
				uint8(acc[0] / (acc[3] / 255)), uint8(acc[1] / (acc[3] / 255)), uint8(acc[2] / (acc[3] / 255)), uint8(math.Round(a)),
			})
		}
	}
	return img
}

func sample(px, py, s, corner float64, rounded bool, cx1, cx2, cy, r float64) (color.NRGBA, bool) {
	if rounded && !insideRounded(px, py, s, corner) {
		return color.NRGBA{}, false
	}
	in1 := math.Hypot(px-cx1, py-cy) <= r
	in2 := math.Hypot(px-cx2, py-cy) <= r
	switch {
	case in1 && in2:
		return color.NRGBA{0xfb, 0xf7, 0xee, 0xff}, true
	case in1:
		return left, true
	case in2:
		return right, true
	}
	return background, true
}

func insideRounded(px, py, s, c float64) bool {
	dx := math.Max(math.Max(c-px, px-(s-c)), 0)
	dy := math.Max(math.Max(c-py, py-(s-c)), 0)
	return dx*dx+dy*dy <= c*c
}
