# Writes a DDEX DSR flat file (Basic Audio Profile records HEAD, SY02.03, RE01.03, AS02.04, SU02.03, FOOT) of LINES
# lines to stdout, built from the published layout with made-up values. Blocks of one release, 10 recordings and 100
# streaming usages; recording ISRCs are QZPRF26 + 5 digits, cycling over WORKS works (the ones the seed registers),
# except every UNKNOWN-th recording (0: none), whose ISRC QZUNK26xxxxx no work carries (suspense).
# Usage: awk -v LINES=1000000 -v WORKS=1000 -v UNKNOWN=50 -v MESSAGE=PERF-1 -f dsr-generate.awk > file.tsv
BEGIN {
  OFS = "\t"
  if (LINES < 4) LINES = 4
  if (WORKS < 1) WORKS = 1
  print "HEAD", "dsrf/1.1.2/1.6/1.0", "BasicAudioProfile", "1.2", MESSAGE, "2026-12-02T09:00:00Z", 1, 1, "2026-11-01", "2026-11-30", "PADPIDA2026120299P", "PerfStream", "PremiumService", "PADPIDA2026120298R", "Perf Society"
  print "SY02.03", 1, "", "", "SubscriptionModel", "Stream", "DE", "PremiumService", "", "", "", "EUR"
  n = 2; block = 0; recording = 0
  while (n < LINES - 1) {
    block++
    print "RE01.03", block, 1, "REL-" block; n++
    for (r = 1; r <= 10 && n < LINES - 1; r++) {
      recording++
      isrc = (UNKNOWN > 0 && recording % UNKNOWN == 0) ? sprintf("QZUNK26%05d", recording % 100000) : sprintf("QZPRF26%05d", recording % WORKS)
      print "AS02.04", block, r, "TRK-" recording, isrc, "Track " recording, "", "Perf Artist"; n++
    }
    for (u = 1; u <= 100 && n < LINES - 1; u++) {
      print "SU02.03", block, 1, "TX-" block "-" u, "", ((u - 1) % 10) + 1, "true", 1 + (block * 7 + u) % 5000; n++
    }
  }
  print "FOOT", LINES, LINES, 1, block, block
}
