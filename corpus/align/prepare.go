package align

// WarmSteps returns, as steps to run in turn, the building of the tables that the first
// comparison in a process builds on first use: the concepts and phrases with their word classes,
// the stems of the concepts' words, the phrases as token keys, the units, WordNet's related words
// and the word classes of the lexicon. A caller that must not hold its thread for long, the app on a phone, runs one step
// per task and yields between them, where Compare would build them all in one call (with the
// browser compiling each function the first time it runs, 100–250 ms at 4× CPU throttling).
// Running the steps changes no result of Compare or Score; running them again costs nothing.
func WarmSteps() []func() {
	steps := []func(){func() { concepts(); phrases() }}
	// The stems of the concepts' words, the longest table to build, in parts.
	const parts = 4
	for i := range parts {
		steps = append(steps, func() { stemConceptsAhead(i, parts) })
	}
	return append(steps,
		func() { conceptStems() },
		func() { phraseIndex(); unitKeys(); monthWords(); comparatives() },
		func() { relatedWords() },
		func() {
			timeWords()
			settingWords()
			periodWords()
			frameWords()
			personNouns()
			orgNouns()
		},
	)
}
