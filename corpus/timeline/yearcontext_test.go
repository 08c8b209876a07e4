package timeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
)

// yearCase is a sentence published on 10 March 2005 (or undated, when undated is set). notYear
// lists numbers of the sentence that must not be read as dates; want lists expressions that
// must be, each "EXPRESSION = DATE" or "EXPRESSION = DATE..UNTIL" in the notation of date().
type yearCase struct {
	text    string
	notYear []string
	want    []string
	undated bool
}

// yearCases, the development half of the year-context cases (the test half is
// yearCasesHeldOut), are news-style sentences written for this test: numbers that are clock times,
// product names, units and dimensions, which are not years, and the contexts that make a bare
// number a year, which must stay years. They reproduce the faults found on the BBC corpus.
var yearCases = []yearCase{
	// Clock times: a time zone, "local time", "hours" or "h" after the number.
	{text: "The match kicks off at 2000 GMT on Saturday.", notYear: []string{"2000"}},
	{text: "The programme is shown on BBC Two at 1930 BST.", notYear: []string{"1930"}},
	{text: "Polls close at 2100 local time.", notYear: []string{"2100"}},
	{text: "The bomb was set to go off at 1945 hours, police said.", notYear: []string{"1945"}},
	{text: "Flights resume at 2030 UTC, the airline said.", notYear: []string{"2030"}},
	{text: "The ultimatum ran out at 1900 h without a reply.", notYear: []string{"1900"}},
	{text: "Almost 60% of viewers tuned in between 2000 and 2100 GMT.", notYear: []string{"2000", "2100"}},
	{text: "The kick-off was brought forward from 2045 GMT to 1945 GMT.", notYear: []string{"2045", "1945"}},
	{text: "The kick-off was moved from 2000 to 1945 GMT.", notYear: []string{"2000", "1945"}},
	{text: "A 1900 GMT deadline was set for the hostage takers.", notYear: []string{"1900"}},
	{text: "The network airs the debate at 2000 ET.", notYear: []string{"2000"}},
	{text: "Listen to the interview on the website from 1900 GMT.", notYear: []string{"1900"}},
	{text: "Shops stay open until 2000 local time on Thursdays.", notYear: []string{"2000"}},
	// A 24-hour time without a zone: "at about", or "at" with a day beside it, or the other end
	// of a span of clock times.
	{text: "The revived quiz could go out at about 1900 on Sundays.", notYear: []string{"1900"}},
	{text: "Doors open at 1930 tonight for the charity gala.", notYear: []string{"1930"}},
	{text: "The ferry sails at 2015 on Fridays and returns at 0700.", notYear: []string{"2015"}},
	{text: "Tonight at 2000 the minister will answer questions.", notYear: []string{"2000"}},
	{text: "On Sunday at 1945 the bells will ring for the last time.", notYear: []string{"1945"}},
	{text: "The helpline is staffed from 0800 to 2000 every day.", notYear: []string{"2000"}},
	{text: "Roads will be closed between 0600 and 1900 on race day.", notYear: []string{"1900"}},
	{text: "The count is expected at around 2000, officials said.", notYear: []string{"2000"}},
	{text: "The shuttle leaves at 1915 each evening.", notYear: []string{"1915"}},
	{text: "The vote is due at 1900 this evening.", notYear: []string{"1900"}},
	// Products and models: a name of software or a model before the number.
	{text: "Computers running Windows 2000 are at risk from the worm.", notYear: []string{"2000"}},
	{text: "The flaw affects Windows 95, 98, NT, 2000 and XP.", notYear: []string{"2000"}},
	{text: "The virus can infect Windows 2000, Me, XP and Server 2003.", notYear: []string{"2000", "2003"}},
	{text: "The plan to upgrade from Windows 2000 to Windows XP went wrong.", notYear: []string{"2000"}},
	{text: "The update ships with Office 2003 for home users.", notYear: []string{"2003"}},
	{text: "Stands showed Windows XP Media Center Edition 2005 to visitors.", notYear: []string{"2005"}},
	{text: "Version 2004 of the software fixes the bug.", notYear: []string{"2004"}},
	{text: "Flight 2010 from Lagos landed safely on Tuesday.", notYear: []string{"2010"}},
	{text: "Police sealed off room 1905 of the hotel.", notYear: []string{"1905"}},
	// Units, technical suffixes and dimensions.
	{text: "It uses a 2048-bit key that is hard to break.", notYear: []string{"2048"}},
	{text: "The projectors show films at resolutions of 2048 * 1080 pixels.", notYear: []string{"2048"}},
	{text: "The screens show films at 2048 x 1080 pixels.", notYear: []string{"2048"}},
	{text: "The camera records images of 1920 × 1080 in its best mode.", notYear: []string{"1920"}},
	{text: "The panel measures 1920 by 1200 on the diagonal.", notYear: []string{"1920"}},
	{text: "The chip now runs at 2000 MHz.", notYear: []string{"2000"}},
	{text: "The new lens reaches up to 2000 mm.", notYear: []string{"2000"}},
	{text: "The rocket climbed to 2000 metres before it broke up.", notYear: []string{"2000"}},
	{text: "The index fell to 1950 points in early trading.", notYear: []string{"1950"}},
	{text: "The trip is a 2000 km drive across the desert.", notYear: []string{"2000"}},
	{text: "The engine turns at 2000 rpm when idle.", notYear: []string{"2000"}},
	{text: "Each sensor holds 2000 pixels on each side.", notYear: []string{"2000"}},
	{text: "The charge was raised to 1950 pence a share.", notYear: []string{"1950"}},
	// A year far beyond publication needs a word that looks forward to it: a film's title is not.
	{text: "Hong Kong director Wong Kar-Wai was nominated for 2046.", notYear: []string{"2046"}},
	{text: "The film 2046 opened in Hong Kong last autumn.", notYear: []string{"2046"}},

	// Contexts that make a number a year: they must stay years.
	{text: "The law was passed in 2005.", want: []string{"2005 = 2005"}},
	{text: "Prices have risen since 1990.", want: []string{"1990 = 1990"}},
	{text: "He lost the 2004 election to his deputy.", want: []string{"2004 = 2004"}},
	{text: "The firm aims to double sales by 2010.", want: []string{"by 2010 = 2010"}},
	{text: "Arsenal won the title in the 1999-2000 season.", want: []string{"1999-2000 = 1999..2000"}},
	// A financial year or a season is both its years.
	{text: "Figures for 2004/05 show a rise in crime.", want: []string{"2004/05 = 2004..2005"}},
	{text: "Borrowing should fall to £30bn by 2006/07, the minister said.", want: []string{"by 2006/07 = 2006..2007"}},
	{text: "United finished third in the 2003-04 season.", want: []string{"2003-04 = 2003..2004"}},
	{text: "Spending for 2005–06 rises by 4%.", want: []string{"2005–06 = 2005..2006"}},
	{text: "The 1999-00 accounts were restated twice.", want: []string{"1999-00 = 1999..2000"}},
	{text: "Results for 2002/2003 were restated.", want: []string{"2002/2003 = 2002..2003"}},
	{text: "The council's 2005/6 budget is frozen.", want: []string{"2005/6 = 2005..2006"}},
	{text: "The 1990s saw a boom in mobile phones.", want: []string{"The 1990s = 1990..1999"}},
	{text: "Between 1995 and 2000 the company doubled in size.", want: []string{"1995 = 1995", "2000 = 2000"}},
	{text: "In 2004, turnover rose by 5%.", want: []string{"2004 = 2004"}},
	{text: "England were knocked out of Euro 2004 by Portugal.", want: []string{"2004 = 2004"}},
	{text: "London's bid for the 2012 Olympics gathered pace.", want: []string{"2012 = 2012"}},
	{text: "2004 was a record year for the company.", want: []string{"2004 = 2004"}},
	{text: "Christmas 2004 was the worst for retailers in ten years.", want: []string{"2004 = 2004"}},
	{text: "The population could fall by a fifth by 2050.", want: []string{"by 2050 = 2050"}},
	{text: "In the year 2050, one in three people will be over 60.", want: []string{"2050 = 2050"}},
	{text: "He played in the 1966 World Cup final.", want: []string{"1966 = 1966"}},
	{text: "He retired in 2000 after ten seasons at the club.", want: []string{"2000 = 2000"}},
	{text: "Windows was first launched in 1985.", want: []string{"1985 = 1985"}},
	{text: "The service runs until 2008 at the earliest.", want: []string{"until 2008 = 2008"}},
	{text: "Sales rose every year from 2000 to 2004.", want: []string{"from 2000 to 2004 = 2000..2004"}},
	{text: "She starred in a 2003 film about the war.", want: []string{"2003 = 2003"}},
	{text: "Police held him under the Terrorism Act 2000 for a week.", want: []string{"2000 = 2000"}},
	{text: "The 2000 Sydney Olympics were a success.", want: []string{"2000 = 2000"}},
	{text: "The company expects 2005 profits to rise.", want: []string{"2005 = 2005"}},
	{text: "At 2004 prices the scheme would cost £3bn.", want: []string{"2004 = 2004"}},
	{text: "The show first aired in 1955 on Sundays.", want: []string{"1955 = 1955"}},
	{text: "The museum was founded in about 1920 by a miner.", want: []string{"1920 = 1920"}},
	{text: "Sales were strong in 2004 on every continent.", want: []string{"2004 = 2004"}},
	{text: "The final starts at 1930 GMT on 12 May 2005.", notYear: []string{"1930"}, want: []string{"12 May 2005 = 2005-05-12"}},
	// Decades and centuries: a year divisible by 100 with "s" names its hundred years, except
	// "the 2000s", which a writer of this century means as the decade.
	{text: "The bank is very different from the banks of the 1800s.", want: []string{"the 1800s = 1800..1899"}},
	{text: "Many were killed during colonisation up to the 1600s.", want: []string{"the 1600s = 1600..1699"}},
	{text: "The custom dates from the early 1900s.", want: []string{"the early 1900s = 1900..1999"}},
	{text: "Growth in the 2000s has been slower.", want: []string{"the 2000s = 2000..2009"}},
	{text: "House prices fell in the late 1980s.", want: []string{"the late 1980s = 1980..1989"}},
	{text: "The house was built in the 1810s.", want: []string{"the 1810s = 1810..1819"}},
	// Without a publication date a far year keeps its reading: nothing to measure it from.
	{text: "The plan runs to 2046, the ministry said.", want: []string{"2046 = 2046"}, undated: true},
}

func TestYearContext(t *testing.T) {
	for _, c := range yearCases {
		t.Run(c.text, func(t *testing.T) {
			for _, e := range yearCaseErrors(t, c) {
				t.Error(e)
			}
		})
	}
}

// yearCaseErrors extracts c's sentence and returns what it gets wrong.
func yearCaseErrors(t *testing.T, c yearCase) []string {
	pub := pubDate(t, corpus.BasisStated, "2005-03-10")
	if c.undated {
		pub = corpus.PubDate{}
	}
	ms := Extract(article("a", pub, c.text))
	var got, errs []string
	for _, m := range ms {
		g := m.Text + " = " + m.Date.ISO()
		if m.Until.Precision != corpus.PrecisionUnknown {
			g += ".." + m.Until.ISO()
		}
		got = append(got, g)
	}
	for _, n := range c.notYear {
		for _, m := range ms {
			if slices.Contains(strings.FieldsFunc(m.Text, func(r rune) bool { return r < '0' || r > '9' }), n) {
				errs = append(errs, fmt.Sprintf("%s is not a date here, got %s", n, show(m)))
			}
		}
	}
	for _, w := range c.want {
		if !slices.Contains(got, w) {
			errs = append(errs, fmt.Sprintf("want %s, got %q", w, got))
		}
	}
	return errs
}

// TestYearContextCounts keeps the table as large as the fault's kind needs.
func TestYearContextCounts(t *testing.T) {
	neg, pos := 0, 0
	for _, c := range yearCases {
		if len(c.notYear) > 0 && len(c.want) == 0 {
			neg++
		}
		if len(c.want) > 0 {
			pos++
		}
	}
	if neg < 30 || pos < 15 {
		t.Errorf("%d cases of numbers that are not years and %d of years: want at least 30 and 15", neg, pos)
	}
}
