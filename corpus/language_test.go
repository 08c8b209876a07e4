package corpus

import "testing"

func TestValidLanguage(t *testing.T) {
	for tag, want := range map[string]bool{
		"de": true, "fa-IR": true, "en-GB": true, "zh-Hans-CN": true, "ar-001": true, "de-DE-1996": true,
		"en-US-u-ca-gregory": true, "fil": true,
		"": false, "e": false, "engl": false, "en-": false, "-en": false, "en--GB": false, "en_GB": false,
		"1e": false, "en GB": false, `en"`: false, "en-toolongsubtag": false, "ça": false,
	} {
		if got := ValidLanguage(tag); got != want {
			t.Errorf("ValidLanguage(%q) = %v, want %v", tag, got, want)
		}
	}
}

func TestPrimaryLanguage(t *testing.T) {
	for tag, want := range map[string]string{"de-AT": "de", "EN": "en", "fa-IR": "fa", "": "", "x y": ""} {
		if got := (&Article{Language: tag}).PrimaryLanguage(); got != want {
			t.Errorf("PrimaryLanguage of %q = %q, want %q", tag, got, want)
		}
	}
}

func TestValidateMetaRefusesBadLanguage(t *testing.T) {
	a := &Article{ID: "a", Title: "T", AuthorNote: "none", Language: `de" onclick="x`}
	if err := a.ValidateMeta(); err == nil {
		t.Error("a language that is no tag passed ValidateMeta")
	}
	a.Language = "de"
	if err := a.ValidateMeta(); err != nil {
		t.Error(err)
	}
}
