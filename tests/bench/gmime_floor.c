/*
 * gmime_floor: the speed floor for `parse`.  Streams an mbox through
 * GMimeParser in mbox mode and constructs every message, doing nothing
 * else: what reading and MIME-parsing the bytes costs.  Prints the number
 * of messages.  A benchmark helper (scripts/bench-parse.sh), not a test.
 *
 * usage: gmime_floor MBOX
 */
#include <fcntl.h>
#include <stdio.h>

#include <gmime/gmime.h>

int
main(int argc, char **argv)
{
	GMimeStream *stream;
	GMimeParser *parser;
	GMimeMessage *msg;
	GError *gerr = NULL;
	long n = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: gmime_floor MBOX\n");
		return 2;
	}
	g_mime_init();
	stream = g_mime_stream_fs_open(argv[1], O_RDONLY, 0, &gerr);
	if (stream == NULL) {
		fprintf(stderr, "gmime_floor: cannot open '%s': %s\n", argv[1],
		    gerr->message);
		return 1;
	}
	parser = g_mime_parser_new_with_stream(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
	while (!g_mime_parser_eos(parser)) {
		msg = g_mime_parser_construct_message(parser, NULL);
		if (msg == NULL)
			break;
		n++;
		g_object_unref(msg);
	}
	printf("%ld\n", n);
	g_object_unref(parser);
	g_object_unref(stream);
	g_mime_shutdown();
	return 0;
}
