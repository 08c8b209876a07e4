package align

// Units: the scales, currencies and measures a figure is read in (figures.go), each with its
// normal form.

import "math"

// scales are the words and suffixes that multiply a number: "25 billion", "25bn", "3m".
var scales = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}

// currencies are the signs and words that make a figure an amount of money.
var currencies = map[string]string{
	"$": "dollar", "us$": "dollar", "dollar": "dollar", "dollars": "dollar", "usd": "dollar",
	"€": "euro", "euro": "euro", "euros": "euro", "eur": "euro",
	"£": "pound", "pound": "pound", "pounds": "pound", "sterling": "pound", "gbp": "pound",
	"yuan": "yuan", "renminbi": "yuan", "rmb": "yuan", "yen": "yen",
}

// currencyCodes are the ISO 4217 codes news writes before an amount ("EUR 32m"), in capitals.
var currencyCodes = map[string]string{
	"USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "CNY": "yuan", "RMB": "yuan",
}

// measure is a unit of measure and its size in the unit its quantity is compared in.
type measure struct {
	unit   string
	factor float64
}

// measures are the units of distance, mass, speed, area and volume, by word or abbreviation
// (as a word or a number's suffix: "100 km", "100km"), converted to metric units.
var measures = func() map[string]measure {
	m := map[string]measure{}
	add := func(unit string, factor float64, names ...string) {
		for _, n := range names {
			m[n] = measure{unit, factor}
		}
	}
	add("m", 1000, "km", "kilometre", "kilometres", "kilometer", "kilometers")
	add("m", 1609.344, "mile", "miles")
	add("m", 1, "metre", "metres", "meter", "meters")
	add("m", 0.3048, "foot", "feet", "ft")
	add("m", 0.01, "cm", "centimetre", "centimetres", "centimeter", "centimeters")
	add("m", 0.001, "mm", "millimetre", "millimetres", "millimeter", "millimeters")
	add("m", 0.0254, "inch", "inches")
	add("kg", 1, "kg", "kilogram", "kilograms", "kilo", "kilos")
	add("kg", 0.45359237, "lb", "lbs")
	add("kg", 1000, "tonne", "tonnes")
	add("km/h", 1, "kph", "kmh")
	add("km/h", 1.609344, "mph")
	add("ha", 1, "hectare", "hectares")
	add("ha", 0.40468564, "acre", "acres")
	add("l", 1, "litre", "litres", "liter", "liters")
	add("year", 10, "decade", "decades")
	add("year", 100, "century", "centuries")
	return m
}()

// genericUnit prefixes a unit that is the noun a number counts, not a unit of measure.
const genericUnit = "~"

// powerOfTen reports whether f is 10 to a whole power: a conversion by such a factor ("12 km" to
// metres) is exact.
func powerOfTen(f float64) bool {
	l := math.Log10(f)
	return math.Abs(l-math.Round(l)) < 1e-9
}
