package align

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// within.txt says where each place lies, by the entity recogniser's canonical names.
//
//go:embed within.txt
var withinText string

// geography is what within.txt says: the places each place lies in, transitively, and every
// name it lists, as a place or as one a place lies in.
type geography struct {
	in    map[string][]string
	names map[string]bool
}

// geo parses within.txt once. A malformed file leaves the aligner without it, as if it knew
// no place; TestWithinFile fails on it.
var geo = sync.OnceValue(func() *geography {
	g, err := parseWithin(withinText)
	if err != nil {
		return &geography{}
	}
	return g
})

// parseWithin reads the format of within.txt: "== areas" and "== cities" open its two sections,
// which only order the file; each other line that is not blank nor a "#" comment is "Place:
// Container; Container". It returns an error naming the line of the first malformed one.
func parseWithin(text string) (*geography, error) {
	direct := map[string][]string{}
	g := &geography{in: map[string][]string{}, names: map[string]bool{}}
	section := ""
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "== "):
			section = strings.TrimPrefix(line, "== ")
			if section != "areas" && section != "cities" {
				return nil, fmt.Errorf("line %d: unknown section %q", n+1, section)
			}
			continue
		}
		name, list, ok := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" || section == "" {
			return nil, fmt.Errorf("line %d: want \"Place: Container; ...\" in a section, got %q", n+1, line)
		}
		if _, dup := direct[name]; dup {
			return nil, fmt.Errorf("line %d: %s listed twice", n+1, name)
		}
		var cs []string
		for _, c := range strings.Split(list, ";") {
			if c = strings.TrimSpace(c); c == "" {
				return nil, fmt.Errorf("line %d: empty container in %q", n+1, line)
			}
			cs = append(cs, c)
			g.names[c] = true
		}
		direct[name] = cs
		g.names[name] = true
	}
	for name := range direct {
		seen := map[string]bool{name: true}
		var all []string
		var walk func(p string) error
		walk = func(p string) error {
			for _, c := range direct[p] {
				if c == name {
					return fmt.Errorf("%s lies in itself", name)
				}
				if !seen[c] {
					seen[c] = true
					all = append(all, c)
					if err := walk(c); err != nil {
						return err
					}
				}
			}
			return nil
		}
		if err := walk(name); err != nil {
			return nil, err
		}
		g.in[name] = all
	}
	return g, nil
}

// inside reports whether place lies in area ("Manhattan" in "United States").
func (g *geography) inside(place, area string) bool {
	for _, c := range g.in[place] {
		if c == area {
			return true
		}
	}
	return false
}

// known reports whether within.txt lists place, as a place or as one a place lies in.
func (g *geography) known(place string) bool { return g.names[place] }
