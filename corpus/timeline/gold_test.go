package timeline

import (
	"testing"

	"parallax/corpus"
)

// gold is one expected mention: the expression as written, its date in the notation of date(),
// its anchor and its role.
type gold struct {
	text   string
	date   string
	anchor corpus.Anchor
	role   corpus.DateRole
}

const (
	abs = corpus.AnchorAbsolute
	sta = corpus.AnchorStated
	cur = corpus.AnchorCurated
	est = corpus.AnchorEstimated
	unr = corpus.AnchorUnresolved

	happened = corpus.RoleHappened
	deadline = corpus.RoleDeadline
	expected = corpus.RoleExpected
)

// goldCase is a paragraph (sentences separated by "|") published on pub, with every temporal
// expression it holds. The seed sentences are copied from corpus/articles with their catalog
// dates; the others are written for the hard cases.
type goldCase struct {
	name  string
	basis corpus.Basis
	pub   string
	text  string
	want  []gold
}

var goldCases = []goldCase{
	// 000, stated 2024-11-17.
	// A page's date line belongs to the publication lane, not to the events (issue 12, kind 9).
	{"000 byline", corpus.BasisStated, "2024-11-17", "By Nagasunder in Amazon News, posted November 17, 2024",
		nil},
	{"000 met in September", corpus.BasisStated, "2024-11-17", "Representatives from Amazon met with the House Select Committee on the Chinese Communist Party in September.",
		[]gold{{"September", "2024-09", sta, happened}}},
	{"000 announced in August", corpus.BasisStated, "2024-11-17", "The agreement, announced in August, allows TikTok users to link their accounts with Amazon.",
		[]gold{{"August", "2024-08", sta, happened}}},
	{"000 April across a paragraph break", corpus.BasisStated, "2024-11-17", "The scrutiny over Amazon’s partnership with TikTok comes at a time when the app’s future in the U.S. is uncertain.|In April,|President Joe Biden signed legislation requiring ByteDance to divest its ownership of TikTok by January 19, or face a potential ban.",
		[]gold{{"April", "2024-04", sta, happened}, {"by January 19", "2025-01-19", sta, deadline}}},
	{"000 recent months", corpus.BasisStated, "2024-11-17", "The uncertainty surrounding TikTok’s future could be influenced by the incoming administration of President-elect Donald Trump, who has shown a more favorable stance towards the app in recent months.",
		nil},
	// 002, estimated 2024-11.
	{"002 ordered to sell", corpus.BasisEstimated, "2024-11", "The report notes that the U.S. has ordered ByteDance, the Chinese tech giant that owns TikTok, to sell its U.S. operations by January 2025 due to national security concerns, or the company will risk being banned.",
		[]gold{{"by January 2025", "2025-01", abs, deadline}}},
	{"002 April this year", corpus.BasisEstimated, "2024-11", "The report notes that in April this year, President Joe Biden signed a “sell or ban” law targeting TikTok, putting the platform at risk of losing access to the U.S. market by January 2025.",
		[]gold{{"April this year", "2024-04", est, happened}, {"by January 2025", "2025-01", abs, deadline}}},
	{"002 May lawsuit", corpus.BasisEstimated, "2024-11", "In May, TikTok responded by filing a federal lawsuit.|ByteDance has stated that it will not sell TikTok’s U.S. operations.",
		[]gold{{"May", "2024-05", est, happened}}},
	{"002 early December", corpus.BasisEstimated, "2024-11", "The report also notes that a decision from the federal appeals court in Washington, D.C., is anticipated by early December.",
		[]gold{{"by early December", "2024-12-early", est, expected}}},
	{"002 three quarters", corpus.BasisEstimated, "2024-11", "TikTok’s global revenue for the first three quarters of 2024 fell short of expectations, as the report notes.",
		[]gold{{"the first three quarters of 2024", "2024", abs, happened}}},
	{"002 Canada", corpus.BasisEstimated, "2024-11", "On November 6, the Canadian government ordered TikTok to dissolve its operations in Canada due to national security risks but did not ban Canadians from using the platform or creating content on it, as the report notes.",
		[]gold{{"November 6", "2024-11-06", est, happened}}},
	{"002 Australia", corpus.BasisEstimated, "2024-11", "Additionally, according to the report from Commercial Times, on November 8, Australia’s prime minister announced the drafting of regulation to prohibit children under 16 from using social media platforms, which is also expected to include TikTok.",
		[]gold{{"November 8", "2024-11-08", est, happened}}},
	// 003, curated 2020-08-27.
	{"003 earlier this month", corpus.BasisCurated, "2020-08-27", "Earlier this month, President Trump issued executive orders that would ban TikTok and WeChat in the US in 45 days if sold by their Chinese-owned parent companies.",
		[]gold{{"Earlier this month", "2020-08", cur, happened}, {"in 45 days", "", unr, expected}}},
	{"003 September 15", corpus.BasisCurated, "2020-08-27", "According to Microsoft, it will continue working with the US government on a deal and plans to finalize the talks by September 15.",
		[]gold{{"by September 15", "2020-09-15", cur, expected}}},
	{"003 hours after", corpus.BasisCurated, "2020-08-27", "Walmart's announcement comes hours after TikTok's chief executive officer (CEO) Kevin Mayer resigned from his post.",
		[]gold{{"hours after", "", unr, happened}}},
	{"003 within the next week", corpus.BasisCurated, "2020-08-27", `He also mentioned in his letter that they should expect "a resolution very soon," possibly indicating that a deal could be reached within the next week.`,
		[]gold{{"within the next week", "2020", cur, expected}}},
	// 004, estimated 2021-04.
	{"004 released Wednesday", corpus.BasisEstimated, "2021-04", "Amazon operates Amazon Web Services (AWS) innovation centers in the country and bases the production of nearly half of its Amazon Basics brand merchandise there, according to the report, released Wednesday.",
		[]gold{{"Wednesday", "2021", est, happened}}},
	{"004 In 2019", corpus.BasisEstimated, "2021-04", "“In 2019, Amazon decided to close its e-commerce operation in China after losing a nontrivial share of market penetration in China, not an uncommon occurrence for U.S. technology and commerce companies operating in the Chinese market,” Horizon Advisory co-founder Nicholas Picarsic said.",
		[]gold{{"2019", "2019", abs, happened}}},
	{"004 November 2020", corpus.BasisEstimated, "2021-04", "He cited an example from November 2020 in which technology company Renwei Electronics was given an innovation award at an Amazon AWS joint innovation center.",
		[]gold{{"November 2020", "2020-11", abs, happened}}},
	// 001 has no date; its sentences hold no expression.
	{"001 in the past", corpus.BasisUnknown, "", "Competition from Other Buyers – Other tech giants, including Microsoft and Meta, have also shown interest in TikTok in the past.",
		nil},

	// Hard cases: tense decides the year.
	{"past tense", corpus.BasisStated, "2024-11-20", "The law was signed in April.", []gold{{"April", "2024-04", sta, happened}}},
	{"takes effect", corpus.BasisStated, "2024-11-20", "The law takes effect in April.", []gold{{"April", "2025-04", sta, expected}}},
	{"future will", corpus.BasisStated, "2024-11-20", "The company will report its results in January.", []gold{{"January", "2025-01", sta, expected}}},
	{"past reported", corpus.BasisStated, "2024-11-20", "The company reported its results in January.", []gold{{"January", "2024-01", sta, happened}}},
	{"modal may and month May", corpus.BasisStated, "2024-11-20", "Regulators may decide in May.", []gold{{"May", "2025-05", sta, expected}}},
	{"may is a verb", corpus.BasisStated, "2024-11-20", "Regulators may block the deal.", nil},
	{"April is a name", corpus.BasisStated, "2024-11-20", "April Smith said the talks continue.", nil},
	// Year boundaries.
	{"last month in January", corpus.BasisStated, "2025-01-15", "Last month, regulators opened an inquiry.", []gold{{"Last month", "2024-12", sta, happened}}},
	{"next month in December", corpus.BasisStated, "2024-12-10", "Regulators will decide next month.", []gold{{"next month", "2025-01", sta, expected}}},
	{"December in January", corpus.BasisStated, "2025-01-03", "The deal closed on December 30.", []gold{{"December 30", "2024-12-30", sta, happened}}},
	{"January in December", corpus.BasisEstimated, "2024-12", "The hearing is scheduled for January 10.", []gold{{"January 10", "2025-01-10", est, expected}}},
	{"last year in January", corpus.BasisStated, "2024-01-05", "Shipments doubled last year.", []gold{{"last year", "2023", sta, happened}}},
	{"yesterday on 1 March of a leap year", corpus.BasisStated, "2024-03-01", "The board resigned yesterday.", []gold{{"yesterday", "2024-02-29", sta, happened}}},
	// Quarters.
	{"quarter past", corpus.BasisStated, "2024-11-20", "Sales fell in the third quarter.", []gold{{"the third quarter", "2024-Q3", sta, happened}}},
	{"quarter future", corpus.BasisStated, "2024-11-20", "Profits will rise in the first quarter.", []gold{{"the first quarter", "2025-Q1", sta, expected}}},
	{"quarter with year", corpus.BasisStated, "2024-11-20", "Revenue rose 12% in the second quarter of 2023.", []gold{{"the second quarter of 2023", "2023-Q2", abs, happened}}},
	{"Q4", corpus.BasisStated, "2024-11-20", "Q4 2024 results disappointed.", []gold{{"Q4 2024", "2024-Q4", abs, happened}}},
	// Days of the week and days ago.
	{"weekday past", corpus.BasisStated, "2024-11-20", "The committee met on Monday.", []gold{{"Monday", "2024-11-18", sta, happened}}},
	{"weekday future", corpus.BasisStated, "2024-11-20", "The committee will meet on Friday.", []gold{{"Friday", "2024-11-22", sta, expected}}},
	{"days ago", corpus.BasisStated, "2024-11-20", "The app was removed three days ago.", []gold{{"three days ago", "2024-11-17", sta, happened}}},
	// Deadlines and parts of months.
	{"end of March", corpus.BasisStated, "2021-01-10", "Amazon must respond by the end of March.", []gold{{"by the end of March", "2021-03-late", sta, deadline}}},
	{"mid-December", corpus.BasisStated, "2024-11-20", "The court will rule in mid-December.", []gold{{"mid-December", "2024-12-mid", sta, expected}}},
	{"deadline noun", corpus.BasisStated, "2024-11-20", "The agency set a deadline of March 1.", []gold{{"March 1", "2025-03-01", sta, deadline}}},
	{"by in the past perfect", corpus.BasisEstimated, "2021-04", "By 2019, Amazon had closed its Chinese store.", []gold{{"By 2019", "2019", abs, happened}}},
	// Absolute forms.
	{"day first", corpus.BasisUnknown, "", "Canada issued its order on 6 November 2024.", []gold{{"6 November 2024", "2024-11-06", abs, happened}}},
	{"ISO", corpus.BasisUnknown, "", "The page was updated 2024-11-17 at noon.", []gold{{"2024-11-17", "2024-11-17", abs, happened}}},
	{"abbreviation", corpus.BasisUnknown, "", "The filing is dated Sept. 15, 2020.", []gold{{"Sept. 15, 2020", "2020-09-15", abs, happened}}},
	{"season", corpus.BasisUnknown, "", "Sales rose in summer 2023.", []gold{{"summer 2023", "2023", abs, happened}}},
	{"numbers that are not years", corpus.BasisStated, "2024-11-20", "The firm paid a $2019 fee and hired 2,019 workers, 2019% more.", nil},
	// Written after the tagger, to measure rather than to tune.
	{"two dates", corpus.BasisStated, "2024-11-20", "The Senate passed the bill on March 13, and the House followed in April.",
		[]gold{{"March 13", "2024-03-13", sta, happened}, {"April", "2024-04", sta, happened}}},
	{"first half", corpus.BasisStated, "2024-11-20", "The merger is expected to close in the first half of 2025.", []gold{{"the first half of 2025", "2025", abs, expected}}},
	{"Tuesday", corpus.BasisStated, "2024-11-20", "Shares fell 5% on Tuesday.", []gold{{"Tuesday", "2024-11-19", sta, happened}}},
	{"court will hear", corpus.BasisStated, "2024-12-18", "The court will hear arguments on January 10.", []gold{{"January 10", "2025-01-10", sta, expected}}},
	{"month year", corpus.BasisStated, "2024-11-20", "TikTok filed suit in May 2024.", []gold{{"May 2024", "2024-05", abs, happened}}},
	{"day month year", corpus.BasisStated, "2025-02-01", "The ban took effect on 19 January 2025.", []gold{{"19 January 2025", "2025-01-19", abs, happened}}},
	{"between years", corpus.BasisStated, "2024-11-20", "Sales doubled between 2019 and 2021.", []gold{{"2019", "2019", abs, happened}, {"2021", "2021", abs, happened}}},
	{"last week", corpus.BasisStated, "2024-11-20", "Officials met last week.", []gold{{"last week", "2024-11", sta, happened}}},
	{"later this year", corpus.BasisStated, "2024-03-10", "The company expects a ruling later this year.", []gold{{"later this year", "2024", sta, expected}}},
	{"deadline is", corpus.BasisStated, "2024-11-20", "The deadline is April 5.", []gold{{"April 5", "2025-04-05", sta, deadline}}},
	{"late year", corpus.BasisStated, "2024-11-20", "In late 2023, regulators opened a probe.", []gold{{"late 2023", "2023", abs, happened}}},
	{"by with a past verb", corpus.BasisStated, "2024-11-20", "The app launched in 2016 and reached a billion users by 2021.",
		[]gold{{"2016", "2016", abs, happened}, {"by 2021", "2021", abs, happened}}},
	{"years ago", corpus.BasisStated, "2024-11-20", "The two companies signed the deal two years ago.", []gold{{"two years ago", "2022", sta, happened}}},
	{"tomorrow", corpus.BasisStated, "2024-11-20", "He will testify tomorrow.", []gold{{"tomorrow", "2024-11-21", sta, expected}}},
	{"announced and take effect", corpus.BasisStated, "2025-01-15", "The rules, announced in December, take effect in March.",
		[]gold{{"December", "2024-12", sta, happened}, {"March", "2025-03", sta, expected}}},
	{"end of the year", corpus.BasisStated, "2024-11-20", "Congress must act by the end of the year.", []gold{{"by the end of the year", "2024", sta, deadline}}},
	{"months after", corpus.BasisStated, "2024-11-20", "Amazon closed the store in 2019, months after the launch.",
		[]gold{{"2019", "2019", abs, happened}, {"months after", "", unr, happened}}},
	{"abbreviated with year", corpus.BasisUnknown, "", "The permit was published Nov. 3, 2023.", []gold{{"Nov. 3, 2023", "2023-11-03", abs, happened}}},
	{"date line", corpus.BasisUnknown, "", "Published Nov. 3, 2023", nil},
	{"day first, no year", corpus.BasisStated, "2024-11-20", "Talks resumed on 12 March.", []gold{{"12 March", "2024-03-12", sta, happened}}},
	{"end of the month", corpus.BasisStated, "2024-11-20", "Bids are due by the end of the month.", []gold{{"by the end of the month", "2024-11-late", sta, deadline}}},
	{"set for", corpus.BasisEstimated, "2024-06", "The lawsuit was filed in May, and a hearing is set for September.",
		[]gold{{"May", "2024-05", est, happened}, {"September", "2024-09", est, expected}}},
	// No publication date: nothing relative can be placed.
	{"undated article", corpus.BasisUnknown, "", "In April, the board approved the plan.", []gold{{"April", "", unr, happened}}},
}

// TestGold measures the tagger on the gold list: a found mention is right when its text, date,
// anchor and role all match a gold one.
func TestGold(t *testing.T) {
	var found, correct, total int
	for _, c := range goldCases {
		a := article("gold", pubDate(t, c.basis, c.pub), c.text)
		got := Extract(a)
		found += len(got)
		total += len(c.want)
		used := make([]bool, len(c.want))
		for _, m := range got {
			ok := false
			for i, g := range c.want {
				if !used[i] && m.Text == g.text && m.Date == date(t, g.date) && m.Anchor == g.anchor && m.Role == g.role {
					used[i], ok = true, true
					break
				}
			}
			if ok {
				correct++
			} else {
				t.Logf("%s: unexpected %s", c.name, show(m))
			}
		}
		for i, g := range c.want {
			if !used[i] {
				t.Logf("%s: missed %q → %s [%s, %s]", c.name, g.text, date(t, g.date), g.anchor, g.role)
			}
		}
	}
	precision := float64(correct) / float64(max(found, 1))
	recall := float64(correct) / float64(max(total, 1))
	t.Logf("gold: %d expressions, %d found, %d correct: precision %.3f, recall %.3f", total, found, correct, precision, recall)
	if precision < 0.9 || recall < 0.9 {
		t.Errorf("precision %.3f, recall %.3f: want both at least 0.9", precision, recall)
	}
}
