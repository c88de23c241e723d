#!/usr/bin/env python3
"""The notices of tests/corpus/wild, for ../wild_set.py to write
(see it and README.md).  usage: make.py [DIR]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wild_set import postfix_intro, rcpt, text_notice, write  # noqa: E402,F401

N = []

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/6.eml"
N.append(("exim-igbr", URL, """Return-path: <>
Envelope-to: news@example.com.ar
Delivery-date: Mon, 30 Oct 2006 15:50:19 -0300
Received: from mail by mx2.example.net with local (Exim 4.60)
\tid 1GecDC-00040z-Gq
\tfor news@example.com.ar; Mon, 30 Oct 2006 15:50:18 -0300
X-Failed-Recipients: ana.valente@example.com.br
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.example.net>
To: news@example.com.ar
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1GecDC-00040z-Gq@mx2.example.net>
Date: Mon, 30 Oct 2006 15:50:18 -0300

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ana.valente@example.com.br
    SMTP error from remote mail server after RCPT TO:<ana.valente@example.com.br>:
    host mx.example.com.br [192.0.2.20]: 554 Usu\u00e1rio Inv\u00e1lido ou Inexistente. Sorry, no mailbox here by that name. (#5.2.1) <ana.valente@example.com.br>

------ This is a copy of the message, including all the headers. ------

Return-path: <news@example.com.ar>
Received: from apache by mx2.example.net with local (Exim 4.60)
\t(envelope-from <news@example.com.ar>)
\tid 1GecCj-0003wZ-Fd
\tfor ana.valente@example.com.br; Mon, 30 Oct 2006 15:49:49 -0300
To: ana.valente@example.com.br
Subject: Eventos de La semana
Date: Mon, 30 Oct 2006 15:49:49 -0300
From: Green Land Irish Pub <noreply@example.com.ar>
Message-ID: <e840cc841b99a06530eae65c35d17cba@example.com.ar>
MIME-Version: 1.0
Content-Transfer-Encoding: 8bit
Content-Type: text/html; charset="utf-8"

<p>Si Ud. no puede visualizar las imagenes haga click aqui</p>
""", [rcpt("ana.valente@example.com.br", "invalid", "userunknown", "5.2.1",
           "554", "554 Usu\u00e1rio Inv\u00e1lido ou Inexistente. Sorry, no "
           "mailbox here by that name. (#5.2.1)", URL)], "bounce"))

URL = "https://github.com/RIPE-NCC/whois/blob/main/whois-api/src/test/resources/testMail/messageDelayedRfc822Headers.mail"
N.append(("exim-delay", URL, """Return-path: <>
Envelope-to: enduser@example.net
Delivery-date: Tue, 26 Feb 2024 18:17:52 +0000
Received: from exim by mailserver.example.net with local (Exim 4.96)
\tid xxxxxx-0001tm-26
\tfor enduser@example.net;
\tTue, 26 Feb 2024 18:17:52 +0000
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@example.net>
To: enduser@example.net
References: <XXXXXXXX-734E-496B-AD3F-84D3425A7F27@example.net>
Content-Type: multipart/report; report-type=delivery-status; boundary=1670955472-eximdsn-558974668
MIME-Version: 1.0
Subject: Warning: message xxxxxx-00025j-1r delayed 4 hours
Message-Id: <Exxxxxx-0001tm-26@mailserver.example.net>
Date: Tue, 26 Feb 2024 18:17:52 +0000
Delivered-To: enduser@example.net

--1670955472-eximdsn-558974668
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 4 hours on the queue on testserver.example.net.

The message identifier is:     xxxxxx-00025j-1r
The subject of the message is: HELP
The date of the message is:    Tue, 26 Feb 2024 13:45:45 +0100

The address to which the message has not yet been delivered is:

  test-dbm@whois.example.net
    (generated from test-dbm@example.net)

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--1670955472-eximdsn-558974668
Content-type: message/delivery-status

Reporting-MTA: dns; mailserver.example.net

Action: delayed
Final-Recipient: rfc822;test-dbm@example.net
Status: 4.0.0

--1670955472-eximdsn-558974668
Content-type: text/rfc822-headers

Return-path: <enduser@example.net>
From: End User <enduser@example.net>
Content-Type: text/plain
Content-Transfer-Encoding: 7bit
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3696.120.41.1.1\\))
Subject: HELP
Message-Id: <XXXXXXXX-734E-496B-AD3F-84D3425A7F27@example.net>
Date: Tue, 26 Feb 2024 13:45:45 +0100
To: test-dbm@example.net
X-Mailer: Apple Mail (2.3696.120.41.1.1)


--1670955472-eximdsn-558974668--
""", [], "delayed"))

URL = "https://github.com/haraka/Haraka/issues/568"
N.append(("haraka", URL, text_notice(
    "MAILER-DAEMON@mail.example.org", "failure notice", """Hi. This is the Haraka Mailer program at mail.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<user@example.com>: Too many failures (Tried all MXs)

--- Below this line is a copy of the message.

Received: (Haraka outbound); Tue, 29 Apr 2014 12:27:44 -0400
....
""", date="Fri, 02 May 2014 22:21:09 -0600"),
    [rcpt("user@example.com", "retry-later", "networkerror", "", "",
          "Too many failures (Tried all MXs)", URL)], "bounce"))

URL = "https://github.com/haraka/Haraka/issues/848"
for host, addr in (("mxbt1.example.net", "hanna.cohen@example.org"),
                   ("wulian", "kai.bi@example.com")):
    N.append(("haraka", URL, text_notice(
        "MAILER-DAEMON@example.net", "failure notice", """Hi. This is the Haraka Mailer program at %s.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

Intended Recipients: <%s>
Failure Reason: Error: Some recipients failed: <%s>
""" % (host, addr, addr), date="Tue, 17 Feb 2015 21:53:28 +0000"),
        [rcpt(addr, "unknown", "undefined", "", "",
              "Error: Some recipients failed", URL)], "bounce"))

URL = "https://github.com/OpenSMTPD/OpenSMTPD/issues/499"
N.append(("opensmtpd", URL, text_notice(
    "MAILER-DAEMON@mail.example.ca", "Delivery status notification: error",
    """Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

An error has occurred while attempting to deliver a message for
the following list of recipients:

list@lists.example.org: 501 5.5.4 Error: Bad NOTIFY parameter syntax

Below is a copy of the original message:

Received: from localhost (www.example.ca [198.51.100.28]);
    by mail.example.ca (OpenSMTPD) with ESMTPSA id 735bd821;
    for list@lists.example.org;
    Sun, 26 Oct 2014 13:38:33 -0500 (CDT)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: 7bit
Date: Sun, 26 Oct 2014 13:38:32 -0500
From: athompso <athompso@example.net>
To: list@lists.example.org
Subject: Re: [pfSense] cheapest netgate/esf h/w with wireless?
""", date="Sun, 26 Oct 2014 13:38:40 -0500"),
    [rcpt("list@lists.example.org", "unknown", "syntaxerror", "5.5.4", "501",
          "501 5.5.4 Error: Bad NOTIFY parameter syntax", URL)], "bounce"))

URL = "https://github.com/Perl/perl5/issues/695"
N.append(("ezmlm-warn", URL, text_notice(
    "perl5-porters-help@example.org", "ezmlm warning", """I'm working for my owner, who can be reached
at perl5-porters-owner@example.org.

Messages to you from the perl5-porters mailing list seem to
have been bouncing. I've attached a copy of the first bounce
message I received.

If this message bounces too, I will send you a probe. If the probe bounces,
I will remove your address from the perl5-porters mailing list,
without further notice.

I've kept a list of which messages from the perl5-porters mailing list have
bounced from your address.

Copies of these messages may be in the archive.
To retrieve a set of messages 123-145 (a maximum of 100 per request),
send an empty message to:
   <perl5-porters-get.123_145@example.org>

To receive a subject and author list for the last 100 or so messages,
send an empty message to:
   <perl5-porters-index@example.org>

Here are the message numbers:

   4380
   4381
   4396
   4404
""", to="subscriber@example.com", date="Fri, 10 Dec 1999 12:00:00 +0000"),
    [], "notbounce"))

URL = "https://github.com/rgl/MailBounceDetector/blob/master/MailBounceDetector.Tests/Fixtures/bounce_exchange_delay.eml"
N.append(("exchange-delay", URL, """From: Microsoft Outlook
\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>
To: <rui.lopes@example.com>
Date: Tue, 7 Feb 2017 15:34:10 -0500
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="8e2836eb-d989-4301-a619-8ed4a9d1c790"
X-MS-Exchange-Organization-SCL: -1
Content-Language: en-US
Message-ID: <e800b571-4191-4d94-ab42-f6d340a1685f@mail.example.com>
In-Reply-To: <Q8P3DY5EH0U4.ERW6TCCK5TMF3@example.com>
References: <Q8P3DY5EH0U4.ERW6TCCK5TMF3@example.com>
Subject: Delivery delayed:test
X-MS-Exchange-Organization-AuthSource: mail.example.com
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthMechanism: 05
MIME-Version: 1.0

--8e2836eb-d989-4301-a619-8ed4a9d1c790
Content-Type: multipart/alternative; differences=Content-Type;
\tboundary="7a2d16cc-4d93-4390-b2e9-b0296174231b"

--7a2d16cc-4d93-4390-b2e9-b0296174231b
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery is delayed to these recipients or groups:

rui.lopes@example.com<mailto:rui.lopes@example.com>

Subject: test

This message hasn't been delivered yet. Delivery will continue to be attemp=
ted.

The server will keep trying to deliver this message for the next 1 days, 19=
 hours and 54 minutes. You'll be notified if the message can't be delivered=
 by that time.

--7a2d16cc-4d93-4390-b2e9-b0296174231b
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii"=
></head><body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Delivery is delayed=
 to these recipients or groups:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:d5b=
0b7eb-8ab7-49cc-8ae6-18be5bce78d9@example.com">d5b0b7eb-8ab7-49cc-8ae6-=
18be5bce78d9@example.com</a></p>
<p>Subject: test</p>
<p>This message hasn't been delivered yet. Delivery will continue to be att=
empted.</p>
<p>The server will keep trying to deliver this message for the next 1 days,=
 19 hours and 54 minutes. You'll be notified if the message can't be delive=
red by that time.</p>
</font>
</body>
</html>=

--7a2d16cc-4d93-4390-b2e9-b0296174231b--

--8e2836eb-d989-4301-a619-8ed4a9d1c790
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.example.com
Received-From-MTA: dns;[127.0.0.1]
Arrival-Date: Tue, 7 Feb 2017 16:29:10 +0000

Final-Recipient: rfc822;rui.lopes@example.com
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Thu, 9 Feb 2017 11:29:10 -0500


--8e2836eb-d989-4301-a619-8ed4a9d1c790
Content-Type: text/rfc822-headers

Received: from [127.0.0.1] (127.0.0.1) by mail.example.com
 (127.0.0.1) with Microsoft SMTP Server (TLS) id 14.3.319.2; Tue, 7 Feb 2017
 11:29:10 -0500
From: Helpdesk <rui.lopes@example.com>
Date: Tue, 7 Feb 2017 11:29:09 -0500
Subject: Help Desk: I-8036 - Phone not working
Message-ID: <Q8P3DY5EH0U4.ERW6TCCK5TMF3@example.com>
To: <rui.lopes@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Return-Path: rui.lopes@example.com

--8e2836eb-d989-4301-a619-8ed4a9d1c790--
""", [], "delayed"))

URL = "https://github.com/wikimedia/mediawiki-extensions-BounceHandler/blob/master/tests/phpunit/bounce_emails/oracle7"
N.append(("smg-delay", URL, """Received: from sender4.example.it ([172.24.4.24])
 by msg-2.msg.example.it (Oracle Communications Messaging Server 7.0.5.32.0 64bit
 (built Jul 16 2014)) with ESMTP id <0NK90087MJ4HVW10@msg-2.msg.example.it> for
 l...@example.com (ORCPT f...@studenti.example.it); Tue,
 24 Feb 2015 07:24:17 +0100 (CET)
Date: Tue, 24 Feb 2015 07:24:17 +0100
From: Mailer-Daemon@sender4.example.it (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: f...@studenti.example.it
Message-id: <96.23.16855.1191CE45@sender4.example.it>

This is a MIME-encapsulated message.

--Boundary_(ID_QjvPjmbUpV9wyXyvrbHROQ)
Content-type: text/plain
Content-transfer-encoding: 7BIT
Content-description: Notification

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 0 days, 12 hours, 0 minutes.
It will be retried until it is 1 days, 0 hours, 0 minutes old.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

<imperfectly@example.co>: 421 4.4.0 [internal] no MXs for this domain could be reached at this time


--Boundary_(ID_QjvPjmbUpV9wyXyvrbHROQ)
Content-type: message/delivery-status
Content-description: Delivery report

X-Symantec-Messaging-Gateway-Queue-ID: E7/40-16855-1507BE45
X-Symantec-Messaging-Gateway-Sender: rfc822; f...@studenti.example.it
Reporting-MTA: dns; sender4.example.it
Arrival-Date: Tue, 24 Feb 2015 07:24:17 +0100

Final-Recipient: rfc822; imperfectly@example.co
Status: 4.4.0
Action: delayed
Last-Attempt-Date: Tue, 24 Feb 2015 07:24:17 +0100
Diagnostic-Code: smtp; 421 4.4.0 [internal] no MXs for this domain could be reached at this time

--Boundary_(ID_QjvPjmbUpV9wyXyvrbHROQ)
Content-type: TEXT/RFC822-HEADERS
Content-description: Undelivered Message Headers

Received: from mta01.msg.example.it ( [172.24.11.11])
\tby sender4.example.it (Unimi Outbound) with SMTP id E4.40.16855.1507BE45; Mon,
 23 Feb 2015 19:24:17 +0100 (CET)
Date: Mon, 23 Feb 2015 19:23:30 +0100
From: Federico <f...@studenti.example.it>
Subject: Re: [Wikimedia-l] Bye
In-reply-to: <54EA14B5.2080908@example.com>
To: nemo@example.com
Message-id: <54EB7022.7000608@studenti.example.it>
MIME-version: 1.0
Content-type: TEXT/PLAIN
Content-transfer-encoding: QUOTED-PRINTABLE



--Boundary_(ID_QjvPjmbUpV9wyXyvrbHROQ)--
""", [], "delayed"))

URL = "https://github.com/ronbeltran/bounce_email/blob/master/tests/bounces/tt_bounce_03.txt"
N.append(("communigate", URL, """Return-Path: <>
Received: from apollo.example.lv (jupiter.apollo.example.lv [192.0.2.212])
        by mx.example.com with ESMTP id o45si619017nfa.2005.11.28.11.05.09;
        Mon, 28 Nov 2005 11:05:39 -0800 (PST)
Subject: Undeliverable mail: 
From: MAILER-DAEMON@apollo.example.lv
To: <ameriks@example.com>
Date: Mon, 28 Nov 2005 20:26:38 +0200
Message-ID: <receipt-110354846@apollo.example.lv>
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; boundary="_===110354846====apollo.example.lv===_"


--_===110354846====apollo.example.lv===_
Content-Type: text/plain; charset="utf-8"

Failed to deliver to '<agrisa@apollo.example.lv>'
Messages without To: fields are not accepted here


--_===110354846====apollo.example.lv===_
Content-Type: message/delivery-status

Reporting-MTA: dns; apollo.example.lv

Original-Recipient: rfc822;<agrisa@apollo.example.lv>
Final-Recipient: system;<>
Action: failed
Status: 5.0.0

--_===110354846====apollo.example.lv===_
Content-Type: message/rfc822
Received: from zproxy.example.com ([192.0.2.194] verified)
  by apollo.example.lv (CommuniGate Pro SMTP 4.1.8)
  with ESMTP id 110354858 for agrisa@apollo.example.lv; Mon, 28 Nov 2005 20:26:37 +0200
Message-ID: <4abe0f090511281026t1436fa8dg844ce3c26184a927@mail.example.com>
Date: Mon, 28 Nov 2005 20:26:35 +0200
From: Agris <ameriks@example.com>
Subject: 
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

lalallalalaasd

--_===110354846====apollo.example.lv===_--
""", [rcpt("agrisa@apollo.example.lv", "blocked", "notcompliantrfc", "5.0.0",
           "", "Messages without To: fields are not accepted here", URL,
           ok=("content",))], "bounce"))

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/vac2.eml"
N.append(("cmu-sieve-vacation", URL, """Return-Path: <>
Delivered-To: assistance@example-sender.com
Received: (qmail 28064 invoked from network); 16 Sep 2014 14:52:45 -0000
Received: from unknown (HELO mx.example.com) (10.1.111.3)
  by inboundmx01.lau.local with SMTP; 16 Sep 2014 14:52:45 -0000
Received: from msfrb0603.example.fr (msfrb0603 [10.18.35.17])
\tby msfrf0101.example.fr (SMTP Server) with ESMTP id 2C9FC1800009E
\tfor <assistance@example-sender.com>; Tue, 16 Sep 2014 16:52:42 +0200 (CEST)
Received: by msfrb0603.example.fr (SMTP Server, from userid 1001)
\tid 2B0391C00401; Tue, 16 Sep 2014 16:52:42 +0200 (CEST)
Message-ID: <cmu-sieve-15260-1410879162-0@msfrb0603>
Date: Tue, 16 Sep 2014 16:52:42 +0200
X-Sieve: CMU Sieve 2.3
From: <user@example.com>
To: <assistance@example-sender.com>
Subject: Auto: Original Subject
In-Reply-To: <SPWEB52c0444dd064554786ad8d47958a0e9933@SPWEB52>
Auto-Submitted: auto-replied (vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

A bient\u00f4t....""", [], "autoreply"))

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/vac3.eml"
N.append(("notes-ooo", URL, """Return-Path: <user@ca.example.com>
Delivered-To: support@example-sender.com
Received: (qmail 32281 invoked from network); 16 Sep 2014 15:20:53 -0000
Received: from e8.ny.us.example.com ([192.0.2.138])
  by mx.example-sender.com with ESMTP/TLS/DHE-RSA-AES256-SHA; 16 Sep 2014 15:20:53 +0000
Received: from d01ml394.pok.example.com (d01ml394.pok.example.com [9.63.8.16])
\tby d01av05.pok.example.com (8.14.4/8.14.4/NCO v10.0 AVin) with ESMTP id s8GFKCOb028070
\tfor <support@example-sender.com>; Tue, 16 Sep 2014 11:20:12 -0400
Date: Tue, 16 Sep 2014 11:19:53 -0400
From: Example User <user@ca.example.com>
To: support@example-sender.com
Subject: AUTO: The User is out of the office (returning 09/18/2014)
Auto-Submitted: auto-replied
In-Reply-To: <SPWEB48a3abf75ab87d47d6885b4f6a72bb8f3a@SPWEB48>
References: <SPWEB48a3abf75ab87d47d6885b4f6a72bb8f3a@SPWEB48>
Message-ID: <OFA87B58AA.C20236CA-ON85257D55.00543806@ca.example.com>
X-MIMETrack: Serialize by Router on D01ML394/01/M/EXAMPLE(Release 9.0.1FP1|April  03, 2014) at
 09/16/2014 11:20:12
MIME-Version: 1.0
Content-type: text/plain; charset=US-ASCII



I am out of the office until 09/18/2014.

I am away on vacation from Sep 10 afternoon    & back on Sep 18 in the
afternoon  -
taking my laptop with me & will  respond to mail  periodically

  in case you have an urgent  issue   pls contact the following people



Note: This is an automated response to your message "Original Subject"
sent on 09/16/2014 11:17:36.

This is the only notification you will receive while this person is away.
""", [], "autoreply"))

URL = "https://github.com/crazy-max/CwsMailBounceHandler/blob/master/emls/unknown_006.eml"
N.append(("hostcenter", URL, """Return-Path: <>
Received: by 10.231.11.4 with SMTP id r4cs16374ibr; Sun, 31 Jan 2010 21:45:58 +0000
Date: Sun, 31 Jan 2010 21:45:57 +0000
From: Postmaster@tradingpost.example.ch
To: jack@example.com
Message-Id: <4b65fa15.160db80a.5b82.ffff9cedSMTPIN_ADDED@mx.example.com>
Subject: Mail Delivery Failure
X-Loop-Detect: 4
Final-Recipient: rfc822;sdrake@tradingpost.example.ch
Delivered-To: jack@example.com
Original-Recipient: rfc822;sdrake@tradingpost.example.ch

Delivery of email to this address

"sdrake@tradingpost.example.ch"

has failed due to a full mailbox.  We have already made numerous
attempts to deliver this message over the last few days.

Please try to send your message again at a later time.

The first 50 lines of your original message follow:> Received: from mx21.example.net (192.0.2.71)
>       by mail03c-old.example.com (RS ver 1.0.95vs) with SMTP id 4-033563664
>       for <sdrake@tradingpost.example.ch>; Sun, 31 Jan 2010 02:17:45 +0100 (CET)
> Date: Sun, 31 Jan 2010 01:16:45 +0000
> From: Jack <jack@example.com>
> To: sdrake@tradingpost.example.ch
> Message-Id: <4b64d9fd8f537_18e83fa070dbb1b85499c1@xenon.example.com.tmail>
> Subject: From Jack
> Mime-Version: 1.0
> Content-Type: text/plain; charset=utf-8
>
> Hi Simon
""", [rcpt("sdrake@tradingpost.example.ch", "full", "mailboxfull", "", "",
           "has failed due to a full mailbox", URL)], "bounce"))

URL = "https://github.com/root-io/vmail/issues/53"
N.append(("exchange-pt", URL, text_notice(
    "postmaster@example.pt", "Delivery Status Notification (Failure)",
    """This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

   CNP-PENSOES@seg-social.example.pt

Reporting-MTA: dns;mtexch-00-gw4.example.pt
Received-From-MTA: dns;MTEXCH-00-MIG01.example.pt
Arrival-Date: Tue, 23 Jun 2015 20:24:16 +0100

Final-Recipient: rfc822;CNP-PENSOES@seg-social.example.pt
Action: failed
Status: 5.1.0
X-Display-Name: CNP-PENSOES

Assunto     *
Remetente   _@vmail.example.me
Para    cnp-pensoes@seg-social.example.pt
Data    Ter 21:13
X-CrossPremisesHeadersFilteredBySendConnector: SRVLISEXCH05.segsocial.local
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"; format=flowed
Date: Tue, 23 Jun 2015 21:13:56 +0200
From: <_@vmail.example.me>
To: cnp-pensoes@seg-social.example.pt
Subject: =?UTF-8?Q?_?=
Message-ID: <_@vmail.example.me>
""", to="_@vmail.example.me", date="Tue, 23 Jun 2015 20:24:17 +0100"),
    [rcpt("CNP-PENSOES@seg-social.example.pt", "invalid", "userunknown",
          "5.1.0", "", "", URL)], "bounce"))

URL = "https://github.com/mailgun/flanker/blob/master/tests/fixtures/messages/bounce/mailbox-full.eml"
N.append(("aol", URL, """Content-Type: multipart/report; report-type="delivery-status";
 boundary="===============0781640326549549006=="
MIME-Version: 1.0
X-Envelope-From: <>
Received: from omr-d22.mx.example.com (omr-d22.mx.example.com [192.0.2.66])\tby
 core1.example.net (Postfix) with ESMTP id 5C0C82D12E3\tfor
 <bounce+8c8b98.c-user=aol.example.com@example.com>;
 Fri, 29 Jul 2011 08:09:01 +0000 (UTC)
Received: by mtain-db01.r1000.mx.example.com (Internet Inbound)\tid AAB7C3800008A;
 Fri, 29 Jul 2011 04:08:56 -0400 (EDT)
Date: Fri, 29 Jul 2011 04:08:56 -0400 (EDT)
From: MAILER-DAEMON@AOL.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: bounce+8c8b98.c-user=aol.example.com@example.com
Auto-Submitted: auto-replied
Message-Id: <20110729080856.AAB7C3800008A@mtain-db01.r1000.mx.example.com>
X-Aol-Ip: 172.29.64.85

--===============0781640326549549006==
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0
Content-Description: Notification
Content-Transfer-Encoding: 7bit

*** ATTENTION ***

Your e-mail is being returned to you because there was a problem with its
delivery. The reason your mail is being returned to you is listed in the
section labeled: "----- The delivery status notification errors -----".

The line beginning with "Diagnostic-Code:" describes the specific reason
your e-mail could not be delivered.  The following lines contains the
RFC822 header of the original email message.

Please direct further questions regarding this message to your e-mail
administrator.

--AOL Postmaster

----- The delivery status notification errors -----


<user@aol.example.com>: host air-dc.gair-dc.mail.example.com[172.19.136.29] said: 552
    5.2.2 E4.12 user MAILBOX FULL (in reply to RCPT TO command)

--===============0781640326549549006==
Content-Type: message/delivery-status
MIME-Version: 1.0
Content-Description: Delivery report

MIME-Version: 1.0
Reporting-Mta: dns; mtain-db01.r1000.mx.example.com
X-Internet-Inbound-Queue-Id: 344973800008C
X-Internet-Inbound-Sender: rfc822; bounce+8c8b98.c-user=aol.example.com@example.com
Arrival-Date: Fri, 29 Jul 2011 04:08:56 -0400 (EDT)
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

MIME-Version: 1.0
Final-Recipient: rfc822; user@aol.example.com
Original-Recipient: rfc822;user@aol.example.com
Action: failed
Status: 5.2.2
Remote-Mta: dns; air-dc.gair-dc.mail.example.com
Diagnostic-Code: smtp; 552 5.2.2 E4.12 user MAILBOX FULL
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

--===============0781640326549549006==
MIME-Version: 1.0
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Return-Path: <bounce+8c8b98.c-user=aol.example.com@example.com>
MIME-Version: 1.0
Message-Id: <4E326A95.3010907@example.com>
Date: Fri, 29 Jul 2011 12:08:53 +0400
From: Alex <bob@example.com>
To: user@aol.example.com
Subject: Incoming delivery request status report
Content-Type: text/plain; charset="us-ascii"; format="flowed"

--===============0781640326549549006==--
""", [rcpt("user@aol.example.com", "full", "mailboxfull", "5.2.2", "552",
           "552 5.2.2 E4.12 user MAILBOX FULL", URL)], "bounce"))

URL = "https://github.com/mailgun/flanker/blob/master/tests/fixtures/messages/bounce/no-mx.eml"
N.append(("delay-warning", URL, """X-Envelope-From: <>
From: Mail Delivery System <Mailer-Daemon@example.com>
To: <support@example.net>
Subject: Delayed Mail (still being retried)
Date: Tue, 10 Jul 2012 00:09:18 -0600
Mime-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="CZz3eIzDbSJYu8fvbSlLFdH+/NwoCMV866Y+Iw=="
Message-Id: <b1c8f711-0d9d-43e1-8f83-eb3084e2587e@VANILLA.corp.example.net>
Return-Path: <>

--CZz3eIzDbSJYu8fvbSlLFdH+/NwoCMV866Y+Iw==
Content-Description: Notification
Content-Type: text/plain

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 3 days, 20 hours, 0 minutes.
It will be retried until it is 5 days, 0 hours, 0 minutes old.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

<user@example.com>: 454 4.4.4 [internal] no MX or A for domain


--CZz3eIzDbSJYu8fvbSlLFdH+/NwoCMV866Y+Iw==
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; example.com
Arrival-Date: Tue, 10 Jul 2012 00:09:18 -0600

Final-Recipient: rfc822; user@example.com
Status: 4.4.4
Action: delayed
Last-Attempt-Date: Tue, 10 Jul 2012 00:09:18 -0600
Diagnostic-Code: smtp; 454 4.4.4 [internal] no MX or A for domain

--CZz3eIzDbSJYu8fvbSlLFdH+/NwoCMV866Y+Iw==
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: <support@example.net>
To: <user@example.com>
Subject: Notification
Date: Fri, 6 Jul 2012 04:17:30 -0600
Message-ID: <19E44CA63F984902B7D654F8FF40F89D@bo>
MIME-Version: 1.0
X-MimeOLE: Produced By Microsoft MimeOLE V6.00.3790.4325


--CZz3eIzDbSJYu8fvbSlLFdH+/NwoCMV866Y+Iw==--
""", [], "delayed"))

URL = "https://github.com/mailgun/flanker/blob/master/tests/fixtures/messages/complaints/yahoo.eml"
N.append(("yahoo-arf", URL, """Mime-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Type: multipart/report; boundary="_----------=_13420034143457833";
 report-type="feedback-report"
X-Mailer: MIME::Lite 3.021 (F2.6; T1.27; A2.04; B3.05; Q3.03)
Date: Wed, 11 Jul 2012 03:43:34 -0700
From: Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.example.com>
To: abuse@example.org
Subject: FW:Some subject
Message-Id: <20120711104336.819.40318@returns.bulk.yahoo.example.com>

This is a multi-part message in MIME format.

--_----------=_13420034143457833
MIME-Version: 1.0
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset="US-ASCII"
Date: Wed, 11 Jul 2012 03:43:34 -0700

This is an email abuse report for an email message received from example.com  on Tue, 10 Jul 2012 18:50:18 PDT

--_----------=_13420034143457833
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/1.0
Version: 0.1
Original-Mail-From: <bounce+705f77.d4a-user=yahoo.example.com@example.com>
Original-Rcpt-To: user@yahoo.example.com
Received-Date: Tue, 10 Jul 2012 18:50:18 PDT
Reported-Domain: example.com
Authentication-Results: mta1247.mail.bf1.yahoo.example.com  from=example.com; domainkeys=pass (ok);  from=example.com; dkim=pass (ok)

--_----------=_13420034143457833
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Type: message/rfc822

X-Apparently-To: user@yahoo.example.com via 192.0.2.179; Tue, 10 Jul 2012 18:50:18 -0700
MIME-Version: 1.0
To: user@yahoo.example.com
Subject: Some subject
From: Hello Support <support@example.com>
Message-Id: <20120711015015.4A8BE2E088E@www.example.com>
Date: Tue, 10 Jul 2012 21:50:15 -0400 (EDT)
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: 7bit

<html><body>Hi</body></html>

--_----------=_13420034143457833--
""", [rcpt("user@yahoo.example.com", "complaint", "feedback", "", "", "",
           URL)], "feedback"))

URL = "https://github.com/civicrm/civicrm-core/blob/master/tests/phpunit/CRM/Utils/Mail/data/bounces/test_utf8mb4_character.txt"
N.append(("vacation-utf8", URL, """Delivered-To: my@example.com
Received: by 10.2.13.84 with SMTP id 1234567890;
        Wed, 19 Dec 2018 10:01:11 +0100 (CET)
Return-Path: <>
From: my@example.com
To: b.2.1.aaaaaaaaaaaaaaaa@example.com
Subject: Vacation
Message-ID: <abc.def.fhi@example.com>
Date: Wed, 19 Dec 2018 10:01:07 +0100
MIME-Version: 1.0
Auto-Submitted: auto-replied (vacation)
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

8J+MtCBJIGFtIG9uIHZhY2F0aW9uIPCfjLQ=
""", [], "autoreply"))

URL = "https://github.com/hippich/PHPMailer-BMH/issues/1"
N.append(('postfix-aol', URL, text_notice(
    'MAILER-DAEMON@host.example.com (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro("host.example.com").replace(" " * 19, "") + """email@aim.com: host mailin-03.mx.aol.com[64.12.90.97] said: 550 5.1.1
email@aim.com: Recipient address rejected: aim.com (in reply to
RCPT TO command)
""",
    date='Fri, 27 Jan 2012 10:00:00 +0000'),
    [rcpt('email@aim.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 email@aim.com: Recipient address rejected: aim.com',
          URL)], 'bounce'))

URL = "http://www.abanet.org/discussions/bounces.html"
N.append(('sendmail', URL, text_notice(
    'Mail Delivery Subsystem <MAILER-DAEMON@lists.example.org>', 'Returned mail: Local configuration error', """The original message was received at Wed, 12 Jun 1996 13:16:42 -0400
from [192.0.2.200]

   ----- The following addresses had delivery problems -----
(jdonaldson@example.com)  (unrecoverable error)

   ----- Transcript of session follows -----
553 dialup.example.net config error: mail loops back to myself
554 (jdonaldson@example.com)... Local configuration error
""",
    date='Wed, 12 Jun 1996 13:16:43 -0400'),
    [rcpt('jdonaldson@example.com', 'unknown', 'systemerror', '', '554',
          '553 dialup.example.net config error: mail loops back to myself 554 (jdonaldson@example.com)... Local configuration error',
          URL, ok=('retry-later',))], 'bounce'))

URL = "https://github.com/openETCS/validation/pull/275"
N.append(('ooo-de-en', URL, text_notice(
    'Roberto K <roberto.k@example.de>', 'Re: [validation] changing syntag in automatic verification input data relating to #236 (#275)', """I will be out of the office starting 05.06.2015 and will not return until 20.06.2015

Ich werde mich sobald wie möglich bei Ihnen melden.
Bei dringenden Angelegenheiten wenden Sie sich bitte an:
colleague@example.de

I will get back to you as soon as possible.
In case of urgent matters please contact:
colleague@example.de

Hinweis: Dies ist eine automatische Antwort auf Ihre Nachricht  "[validation] changing syntag in automatic verification input data relating to #236 (#275)" gesendet am 18.06.2015 18:47:02. 

Diese ist die einzige Benachrichtigung, die Sie empfangen werden, während diese Person abwesend ist.
""",
    date='Thu, 18 Jun 2015 18:47:10 +0200'),
    [], 'autoreply'))

URL = "https://github.com/andrew--r/channels/pull/103"
N.append(('ooo-de-en', URL, text_notice(
    'Markus S <markus@example.ch>', 'Re: [andrew--r/channels] add Web Conferences Amsterdam (#103)', """Guten Tag

Ich bin am 17. Juli wieder im Büro. Wenden Sie sich bei dringenden Angelegenheiten bitte an service@example.ch oder 061 000 00 00.

I'll be back at the office on June 17th. For urgent cases please get in touch with our team via service@example.ch or +41 61 000 00 00.

Freundliche Grüsse
Markus S
""",
    date='Wed, 11 Jul 2018 10:00:00 +0200'),
    [], 'autoreply'))

URL = "https://github.com/francistao/LearningNotes/issues/124"
N.append(('qqmail-autoreply', URL, text_notice(
    '<12345678@qq.example.com>', 'Re: [francistao/LearningNotes] test (Issue #124)', """这是来自QQ邮箱的假期自动回复邮件。
 
您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。
""",
    date='Wed, 27 Sep 2023 10:00:00 +0800'),
    [], 'autoreply'))

URL = "https://github.com/deltachat/deltachat-core-rust/blob/main/test-data/message/yahoo_ndn.eml"
N.append(("yahoo", URL, """Return-Path: <>
Received: from 77.238.177.145 (EHLO sonic314-19.consmr.mail.ir2.yahoo.com)
 by atlas222.free.mail.ne1.yahoo.com with SMTPs; Wed, 10 Jun 2020 10:11:23 +0000
X-Originating-Ip: [77.238.177.145]
Authentication-Results: atlas222.free.mail.ne1.yahoo.com;
 dkim=pass header.i=@yahoo.com header.s=@bounce;
 spf=none smtp.mailfrom=sonic314-19.consmr.mail.ir2.yahoo.com;
 dmarc=success(p=REJECT) header.from=yahoo.com;
X-Apparently-To: alice@example.com; Wed, 10 Jun 2020 10:11:23 +0000
Received: from sonic.gate.mail.ne1.yahoo.com by sonic314.consmr.mail.ir2.yahoo.com with HTTP; Wed, 10 Jun 2020 10:11:19 +0000
Date: Wed, 10 Jun 2020 10:11:19 +0000
From: MAILER-DAEMON@yahoo.com
To: alice@example.com
Message-ID: <1713051795.39992.1591783879940@sonic314.consmr.mail.ir2.yahoo.com>
Subject: Failure Notice
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Sorry, we were unable to deliver your message to the following address.

<haeclirth.sinoenrat@example.com>:
554: delivery error: dd Not a valid recipient - atlas117.free.mail.ne1.yahoo.com

--- Below this line is a copy of the message.

Received: from sonic.gate.mail.ne1.yahoo.com by sonic314.consmr.mail.ir2.yahoo.com with HTTP; Wed, 10 Jun 2020 10:11:16 +0000
Date: Wed, 10 Jun 2020 10:11:12 +0000 (UTC)
From: Delta Chat Test <alice@example.com>
To: "haeclirth.sinoenrat@example.com" <haeclirth.sinoenrat@example.com>
Message-ID: <1680295672.3657931.1591783872936@mail.yahoo.com>
Subject: test
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_3657930_145367320.1591783872935"

------=_Part_3657930_145367320.1591783872935
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

test

------=_Part_3657930_145367320.1591783872935--
""", [rcpt("haeclirth.sinoenrat@example.com", "invalid", "userunknown", "", "554",
           "554: delivery error: dd Not a valid recipient - atlas117.free.mail.ne1.yahoo.com", URL)], "bounce"))

URL = "https://github.com/iina/iina-website/issues/3"
N.append(('yahoo', URL, text_notice(
    'MAILER-DAEMON@yahoo.com', 'Failure Notice', """Sorry, we were unable to deliver your message to the following address.

<developers@example.io>:
550: 5.7.1 Service unavailable
""",
    date='Tue, 29 Jan 2019 10:00:00 +0000'),
    [rcpt('developers@example.io', 'unknown', 'undefined', '5.7.1', '550',
          '550: 5.7.1 Service unavailable',
          URL, ok=('blocked',))], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/550_not_allowed.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<textmanager@text121chat.example.biz>: host textchat.example.biz[192.0.2.190]
    said: 550 Your host is not allowed to connect to this server. (in reply to
    RCPT TO command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('textmanager@text121chat.example.biz', 'blocked', 'blocked', '', '550',
          '550 Your host is not allowed to connect to this server.',
          URL)], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/550_no_such_recipient_variant_3.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<trap@protomail.example.com>: host mx.mailanyone.example.net[192.0.2.4] said: 550
    invalid mailbox (call fwd) (in reply to RCPT TO command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('trap@protomail.example.com', 'invalid', 'userunknown', '', '550',
          '550 invalid mailbox (call fwd)',
          URL)], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/550_5_7_1_spam_content_variant_2.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<curious@sfr.example.fr>: host smtp-in.sfr.example.fr[192.0.2.156] said: 550 5.7.1 Email
    4Sbnd53EO2z1LKLct rejected per SPAM policy (in reply to end of DATA
    command)""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('curious@sfr.example.fr', 'content', 'spamdetected', '5.7.1', '550',
          '550 5.7.1 Email 4Sbnd53EO2z1LKLct rejected per SPAM policy',
          URL)], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/550_mailbox_full.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<mary@cartcare.example.io>: host mail.cartcare.example.io[192.0.2.111] said: 550 Mailbox
    is full / Blocks limit exceeded / Inode limit exceeded (in reply to RCPT TO
    command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('mary@cartcare.example.io', 'full', 'mailboxfull', '', '550',
          '550 Mailbox is full / Blocks limit exceeded / Inode limit exceeded',
          URL)], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/550_5_1_1_no_such_user_variant_3.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<baroka@proton.example.com>: host mail.proton.example.ch[192.0.2.182]
    said: 550 5.1.1 <baroka@proton.example.com>: Recipient address
    rejected: Address is not configured to receive emails (in reply to RCPT TO
    command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('baroka@proton.example.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 Recipient address rejected: Address is not configured to receive emails',
          URL)], 'bounce'))

if __name__ == "__main__":
    write(sys.argv, __file__, "wild", N)
