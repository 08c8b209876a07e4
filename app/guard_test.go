package app

import (
	"strings"
	"testing"
)

func TestGuard(t *testing.T) {
	if err := guard("nothing", func() {}); err != nil {
		t.Errorf("guard of a quiet function = %v", err)
	}
	err := guard("indexing", func() {
		var s []int
		_ = s[3]
	})
	if err == nil || !strings.Contains(err.Error(), "indexing failed") {
		t.Errorf("guard did not report the panic: %v", err)
	}
}
