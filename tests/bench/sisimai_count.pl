#!/usr/bin/perl
# sisimai_count: runs Sisimai (Debian's libsisimai-perl) over an mbox the
# way Sisimai->make does, but counting instead of keeping every result,
# and stopping after LIMIT messages (0: all).  Prints "messages results".
# A benchmark helper for scripts/bench-parse.sh, not a test.
#
# usage: sisimai_count.pl MBOX [LIMIT]
use strict;
use warnings;
use Sisimai::Mail;
use Sisimai::Message;
use Sisimai::Data;

my ($path, $limit) = @ARGV;
die "usage: sisimai_count.pl MBOX [LIMIT]\n" unless defined $path;
$limit //= 0;

my $mail = Sisimai::Mail->new($path) or die "cannot open '$path'\n";
my ($n, $results) = (0, 0);
while (my $r = $mail->data->read) {
	$n++;
	if (my $mesg = Sisimai::Message->new('data' => $r)) {
		my $data = Sisimai::Data->make('data' => $mesg,
		    'origin' => $path);
		$results += scalar @$data if $data;
	}
	last if $limit && $n >= $limit;
}
print "$n $results\n";
