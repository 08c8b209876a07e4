package app

import (
	"fmt"
	"strconv"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
	"parallax/corpus/library"
)

// pickerLimit caps the suggestions a picker lists, so its size never grows with the corpus.
const pickerLimit = 20

var (
	finderOnce sync.Once
	theFinder  *library.Finder
)

// articleFinder indexes the corpus's titles and outlets once, for every picker.
func articleFinder() *library.Finder {
	finderOnce.Do(func() {
		if c, err := loadLibrary(); err == nil {
			theFinder = library.NewFinder(c.Articles)
		}
	})
	return theFinder
}

// comparePicker chooses the two articles of a comparison: a type-ahead per side (the ARIA 1.2
// combobox pattern: a text input that controls a listbox of at most pickerLimit suggestions,
// with the active one named by aria-activedescendant), a swap button and a submit button.
// Each side keeps its choice in a hidden input named a or b, so the form also submits
// ?a=…&b=… to /compare, which the compare page reads. Other views embed it (the library to pick
// two, the compare page with its articles preselected).
type comparePicker struct {
	app.Compo

	// A and B are the IDs selected when the picker appears; either may be empty.
	A, B string
	// Prefix keeps element IDs unique when a page shows more than one picker.
	Prefix string

	sides  [2]pickSide
	finder *library.Finder
	status string
}

// pickSide is the state of one side's combobox.
type pickSide struct {
	init   string // the prop (A or B) the choice was last taken from
	chosen *corpus.Article
	text   string // what the reader typed
	hits   []library.Hit
	open   bool
	active int // index in hits of the highlighted suggestion; -1 for none
}

// newComparePicker returns a picker with a and b preselected ("" for none).
func newComparePicker(a, b string) *comparePicker {
	return &comparePicker{A: a, B: b, Prefix: "compare-pick"}
}

func (p *comparePicker) OnInit()                  { p.sync() }
func (p *comparePicker) OnUpdate(ctx app.Context) { p.sync() }

// sync takes the preselected articles from the props when they change.
func (p *comparePicker) sync() {
	if p.finder == nil {
		p.finder = articleFinder()
	}
	for i, id := range [2]string{p.A, p.B} {
		s := &p.sides[i]
		if s.init == id && (id == "" || s.chosen != nil) {
			continue
		}
		*s = pickSide{init: id, active: -1}
		if c, err := loadLibrary(); err == nil && id != "" {
			if a, err := c.Article(id); err == nil {
				s.chosen, s.text = a, a.Title
			}
		}
	}
}

var sideNames = [2]string{"a", "b"}

func (p *comparePicker) Render() app.UI {
	if p.finder == nil {
		// Rendered without OnInit (app.HTMLString of a page that embeds it).
		p.sync()
	}
	if p.finder == nil {
		return app.P().Class("notice notice-error").Text("No articles to choose from: the corpus could not be loaded.")
	}
	return app.Form().Class("compare-picker").Action(href("/compare")).Method("get").
		OnSubmit(p.submit).Body(
		app.Div().Class("picker-fields").Body(
			p.field(0, "Left article"),
			app.Button().Class("button button-secondary picker-swap").Type("button").
				OnClick(p.swap).Aria("label", "Swap the two articles").Text("⇄"),
			p.field(1, "Right article"),
		),
		app.Div().Class("picker-actions").Body(
			app.Button().Class("button").Type("submit").Text("Compare"),
			app.Span().Class("picker-status").Aria("live", "polite").Text(p.status),
		),
	)
}

// field renders one side's combobox.
func (p *comparePicker) field(i int, label string) app.UI {
	s := &p.sides[i]
	side := sideNames[i]
	id := p.Prefix + "-" + side + "-input"
	listID := id + "-list"
	input := app.Input().ID(attrText(id)).Type("text").Class("picker-input").
		Role("combobox").Aria("autocomplete", "list").Aria("controls", attrText(listID)).
		Aria("describedby", attrText(id+"-hint")).
		Attr("autocomplete", "off").Attr("spellcheck", "false").
		Placeholder("Type a title or an outlet").
		Value(attrText(s.text)).
		OnInput(p.onInput(i)).OnKeyDown(p.onKey(i)).OnBlur(p.onBlur(i))
	if s.open && len(s.hits) > 0 {
		input = input.Aria("expanded", "true")
	} else {
		input = input.Aria("expanded", "false")
	}
	if s.open && s.active >= 0 && s.active < len(s.hits) {
		input = input.Aria("activedescendant", attrText(id+"-opt-"+strconv.Itoa(s.active)))
	}
	chosenID := ""
	hint := message{words(fmt.Sprintf("%s articles to choose from; up and down arrows move through suggestions, Enter picks one.", thousands(p.finder.Len())))}
	if s.chosen != nil {
		chosenID = s.chosen.ID
		hint = message{words("Chosen: "), articleVal(s.chosen, s.chosen.Title), words(" — "), val(outletLabel(s.chosen)),
			words(", " + dateLabel(s.chosen.Published) + ".")}
	}
	opts := make([]app.UI, 0, len(s.hits))
	if s.open {
		for j, h := range s.hits {
			opt := app.Li().ID(attrText(id+"-opt-"+strconv.Itoa(j))).Role("option").Class("picker-option").
				OnMouseDown(p.onPick(i, j)).Body(
				app.Span().Class("picker-option-title").Dir("auto").Lang(articleLang(h.Article)).Text(h.Article.Title),
				app.Span().Class("picker-option-meta").Body(optionMeta(s.hits, j).ui()...),
			)
			if j == s.active {
				opt = opt.Aria("selected", "true").Class("is-active")
			} else {
				opt = opt.Aria("selected", "false")
			}
			opts = append(opts, opt)
		}
	}
	var empty app.UI = app.Text("")
	if s.open && len(s.hits) == 0 && s.text != "" {
		empty = app.P().Class("picker-empty").Text("No title or outlet matches.")
	}
	return app.Div().Class("picker-field picker-combo").Body(
		app.Label().For(attrText(id)).Body(
			app.Span().Class("side-tag side-tag-"+side).Text(map[string]string{"a": "A", "b": "B"}[side]),
			app.Text(" "+label),
		),
		input,
		app.Input().Type("hidden").ID(attrText(p.Prefix+"-"+side)).Name(attrText(side)).Value(attrText(chosenID)),
		app.Ul().ID(attrText(listID)).Role("listbox").Class("picker-list").Aria("label", attrText(label+" suggestions")).Body(opts...),
		empty,
		app.P().ID(attrText(id+"-hint")).Class("picker-hint").Body(hint.ui()...),
	)
}

// search refreshes a side's suggestions for its text.
func (p *comparePicker) search(i int) {
	s := &p.sides[i]
	// The other side's article is no choice for this one: offered, it would look like a
	// same-titled duplicate of itself.
	other := p.sides[1-i].chosen
	s.hits = nil
	for _, h := range p.finder.Find(s.text, pickerLimit+1) {
		if (other == nil || h.Article.ID != other.ID) && len(s.hits) < pickerLimit {
			s.hits = append(s.hits, h)
		}
	}
	s.active = -1
	s.open = true
}

func (p *comparePicker) onInput(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer guardEvent(ctx, &p.status)
		s := &p.sides[i]
		s.text = ctx.JSSrc().Get("value").String()
		if s.chosen != nil && s.text != s.chosen.Title {
			s.chosen = nil
		}
		p.search(i)
	}
}

func (p *comparePicker) onKey(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer guardEvent(ctx, &p.status)
		s := &p.sides[i]
		switch e.Get("key").String() {
		case "ArrowDown":
			e.PreventDefault()
			if !s.open {
				p.search(i)
			}
			if len(s.hits) > 0 {
				s.active = (s.active + 1) % len(s.hits)
			}
		case "ArrowUp":
			e.PreventDefault()
			if len(s.hits) > 0 {
				s.active--
				if s.active < 0 {
					s.active = len(s.hits) - 1
				}
				s.open = true
			}
		case "Enter":
			if s.open && s.active >= 0 && s.active < len(s.hits) {
				e.PreventDefault()
				p.choose(i, s.active)
			}
		case "Escape":
			if s.open {
				e.PreventDefault()
				s.open, s.active = false, -1
			}
		}
	}
}

// onBlur closes the list; a pick by mouse happens on mousedown, before the blur.
func (p *comparePicker) onBlur(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.sides[i].open, p.sides[i].active = false, -1
	}
}

func (p *comparePicker) onPick(i, j int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer guardEvent(ctx, &p.status)
		e.PreventDefault() // keep the focus in the input
		p.choose(i, j)
	}
}

func (p *comparePicker) choose(i, j int) {
	s := &p.sides[i]
	if j < 0 || j >= len(s.hits) {
		return
	}
	s.chosen = s.hits[j].Article
	s.text = s.chosen.Title
	s.open, s.active = false, -1
	p.status = ""
}

// values returns the chosen IDs from the hidden inputs, which the picks set through Render
// (and which a script or a test may set directly), falling back on the state.
func (p *comparePicker) values() (a, b string) {
	get := func(i int) string {
		if el := app.Window().GetElementByID(p.Prefix + "-" + sideNames[i]); el.Truthy() {
			return el.Get("value").String()
		}
		if s := &p.sides[i]; s.chosen != nil {
			return s.chosen.ID
		}
		return ""
	}
	return get(0), get(1)
}

func (p *comparePicker) submit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	defer guardEvent(ctx, &p.status)
	a, b := p.values()
	switch {
	case a == "" || b == "":
		p.status = "Choose an article for each side: type, then pick a suggestion."
	case a == b:
		p.status = "Choose two different articles."
	default:
		p.status = ""
		ctx.Navigate(compareURL(a, b))
	}
}

// swap exchanges the two choices; with both chosen it shows the swapped comparison at once.
func (p *comparePicker) swap(ctx app.Context, e app.Event) {
	defer guardEvent(ctx, &p.status)
	a, b := p.values()
	if a != "" && b != "" && a != b {
		ctx.Navigate(compareURL(b, a))
		return
	}
	p.sides[0], p.sides[1] = p.sides[1], p.sides[0]
	p.sides[0].init, p.sides[1].init = p.A, p.B
}

// optionMeta is suggestion j's outlet and date; when another suggestion has the same title,
// outlet and date, its section and file name too, so that the two can be told apart.
func optionMeta(hits []library.Hit, j int) message {
	a := hits[j].Article
	same := func(b *corpus.Article) bool {
		return outletLabel(b) == outletLabel(a) && dateLabel(b.Published) == dateLabel(a.Published)
	}
	meta := message{val(outletLabel(a)), words(" · " + dateLabel(a.Published))}
	for k, h := range hits {
		b := h.Article
		if k == j || b.Title != a.Title || !same(b) {
			continue
		}
		if a.Section != "" {
			meta = append(meta, words(" · "), val(a.Section))
		}
		if a.File != "" {
			meta = append(meta, words(" · "), val(a.File))
		} else {
			meta = append(meta, words(" · "), val(a.ID))
		}
		break
	}
	return meta
}
