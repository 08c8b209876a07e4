//go:build unix

package ingest_test

import "syscall"

// cpuSeconds is the process's user and system CPU time: on a machine shared with other work, the
// benchmark reports it next to the wall time, which waits for a free core.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
