#!/usr/bin/perl
# sisimai-rows: runs Sisimai (Debian's libsisimai-perl) over each FILE and
# prints one JSON object per recipient it reports, in the candidate form
# that tests/corpus/dev/score.py reads, with Sisimai's reason in place of
# our category (scripts/measure-sisimai.sh maps it).  A measuring helper
# for comparing with a peer, not a test.
#
# usage: sisimai-rows.pl FILE...
use strict;
use warnings;
use JSON::PP;
use Sisimai;

my $json = JSON::PP->new->canonical;
for my $file (@ARGV) {
	my $data = Sisimai->make($file, 'delivered' => 1) || [];
	for my $d (@$data) {
		print $json->encode({
		    'file' => $file,
		    'recipient' => $d->recipient->address,
		    'reason' => $d->reason,
		    'status' => $d->deliverystatus,
		    'code' => $d->replycode }), "\n";
	}
}
