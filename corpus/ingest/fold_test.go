package ingest

import (
	"sync"
	"testing"
)

// TestFoldAccentsConcurrent: the slugs, script counts and site keys that fold accents are right
// when called at once from many goroutines, as Folder builds articles in parallel (run with
// -race: a transformer chain shared between calls keeps state and races).
func TestFoldAccentsConcurrent(t *testing.T) {
	tests := []struct{ in, slug, key string }{
		{"Café crème à Genève", "cafe-creme-a-geneve", "cafecremeageneve"},
		{"Fährplan für den Winter gekürzt", "fahrplan-fur-den-winter-gekurzt", "fahrplanfurdenwintergekurzt"},
		{"Señora Núñez wins the São Paulo race", "senora-nunez-wins-the-sao-paulo-race", "senoranunezwinsthesaopaulorace"},
		{"Łódź ferry: Ørsted backs plan", "odz-ferry-rsted-backs-plan", "łodzferryørstedbacksplan"},
		{"SAT.1 REGIONAL", "sat-1-regional", "sat1regional"},
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	report := func(e string) {
		select {
		case errs <- e:
		default: // enough reported
		}
	}
	for range 8 {
		wg.Go(func() {
			for range 200 {
				for _, tt := range tests {
					if got := Slug(tt.in); got != tt.slug {
						report("Slug(" + tt.in + ") = " + got + ", want " + tt.slug)
					}
					if got := siteKey(tt.in); got != tt.key {
						report("siteKey(" + tt.in + ") = " + got + ", want " + tt.key)
					}
					if letters, latin := latinLetters(tt.in); letters == 0 || latin > letters {
						report("latinLetters(" + tt.in + ") counts no letters")
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	seen := map[string]bool{}
	for e := range errs {
		if !seen[e] {
			seen[e] = true
			t.Error(e)
		}
	}
}
