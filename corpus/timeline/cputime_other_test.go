//go:build !unix

package timeline

import "time"

// cpuTime is unknown where the system has no getrusage (js/wasm): the benchmarks then report
// wall time only.
func cpuTime() time.Duration { return 0 }
