package index

// TimelineSection names the section of a data file that holds the timeline's merged events,
// derived at build time (see timeline.EncodeEvents), which the app decodes instead of running
// timeline.Build.
const TimelineSection = "timeline"
