#!/usr/bin/env python3
"""The notices of tests/corpus/heldout-wild3, for ../wild3_set.py to write
(see it and README.md).  usage: make.py [DIR]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wild3_set import rcpt, source, write  # noqa: E402

N = []

REPO, PATH = 'apache/spamassassin', 't/data/nice/ezmlm_message.txt'
URL = source(REPO, PATH)
N.append(('ezmlm-list-post', REPO, PATH, """From poster@whitehatsec.example Wed Jul 17 10:19:06 2002
Received: (qmail 1737 invoked by uid 1001); 17 Jul 2002 22:50:27 -0000
Received: from pop.pi.sbcglobal.net [207.115.63.84]
	by localhost with POP3 (fetchmail-5.9.11 polling pop.sbcglobal.net account member_relay)
	for member@localhost (single-drop); Wed, 17 Jul 2002 15:50:27 -0700 (PDT)
Received: from vmi-ext.prodigy.net ([127.0.0.1]) by vmi-wfldad with ESMTP; Wed, 17 Jul 2002 13:40:23 -0400
X-Originating-Ip: [64.49.198.145]
Received: from mail1.mailwizards.com (mail1.mailwizards.com [64.49.198.145])
	by vmi-ext.prodigy.net (8.11.0.in.saslm.reject.disable.sbc2.sleep.maildfixand2sdomain/8.11.0) with ESMTP id g6HHdE6308270
	for <member_relay@sbcglobal.net>; Wed, 17 Jul 2002 13:39:15 -0400
Received: from outgoing.securityfocus.com (outgoing2.securityfocus.com [66.38.151.26])
	by mail1.mailwizards.com (8.11.4/MW-2.03) with ESMTP id g6HHdDg14152
	for <member@example.com>; Wed, 17 Jul 2002 12:39:14 -0500 (CDT)
Received: from lists.securityfocus.com (lists.securityfocus.com [66.38.151.19])
	by outgoing.securityfocus.com (Postfix) with QMQP
	id DDEB38F338; Wed, 17 Jul 2002 10:43:59 -0600 (MDT)
Mailing-List: contact secprog-help@securityfocus.com; run by ezmlm
Precedence: bulk
List-Id: <secprog.list-id.securityfocus.com>
List-Post: <mailto:secprog@securityfocus.com>
List-Help: <mailto:secprog-help@securityfocus.com>
List-Unsubscribe: <mailto:secprog-unsubscribe@securityfocus.com>
List-Subscribe: <mailto:secprog-subscribe@securityfocus.com>
Delivered-To: moderator for secprog@securityfocus.com
Received: (qmail 10784 invoked from network); 17 Jul 2002 17:17:37 -0000
Message-Id: <3D35A70A.5040701@whitehatsec.com>
Date: Wed, 17 Jul 2002 10:19:06 -0700
From: A. Poster <poster@whitehatsec.example>
Organization: WhiteHat Security, Inc.
User-Agent: Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.0.0) Gecko/20020607
X-Accept-Language: en-us, en
Mime-Version: 1.0
To: secprog@securityfocus.com
Subject: WhiteHat Arsenal 1.07 Beta Release
Content-Type: text/plain;
  charset=us-ascii;
  format=flowed
Content-Transfer-Encoding: 7bit
X-Spam-Status: No, hits=-10.4 required=5.0
	tests=ORGANIZATION,X_ACCEPT_LANG,USER_AGENT,LINES_OF_YELLING,
	      DOUBLE_CAPSWORD,USER_IN_WHITELIST_TO
	version=2.40
X-Spam-Level: 
Status: R 
X-Status: N

WhiteHat Arsenal 1.07 Beta Release
Free download available from:
http://community.whitehatsec.com/



=== WHITEHAT ARSENAL 1.07 BETA: WHAT'S NEW ===============================
Over the the last two months, WhiteHat has focused the majority its
software efforts on improving WHArsenal. The tool is not only more
powerful, but also easier everyone to use. We have accomplished this by
drastically renovating and simplifying the user interface to make the
suite more intuitive for average user. This allows users to save time
and execute more web attacks quicker than ever before.

We have posted several screen shots for your viewing pleasure.
""",
    [], 'notbounce'))

REPO, PATH = 'apache/spamassassin', 't/data/nice/mailman_reminder.txt'
URL = source(REPO, PATH)
N.append(('mailman-reminder', REPO, PATH, """From mailman-owner@com.example.com Sun Sep  1 05:00:34 2002
Received: (qmail 1614 invoked by uid 1001); 1 Sep 2002 21:47:49 -0000
Received: from pop.pi.sbcglobal.net [207.115.63.84]
	by localhost with POP3 (fetchmail-5.9.11 polling pop.sbcglobal.net account member_relay)
	for member@localhost (single-drop); Sun, 01 Sep 2002 14:47:48 -0700 (PDT)
Received: from vm6-ext.prodigy.net by mailapps4 with SMTP; Sun,  1 Sep 2002 08:01:00 -0400
X-Originating-IP: [64.49.198.145]
Received: from mail1.mailwizards.com (mail1.mailwizards.com [64.49.198.145])
	by vm6-ext.prodigy.net (8.11.0.in.saslm.reject.disable.sbc2.sleep.maildfixand2sdomain/8.11.0) with ESMTP id g81C0x81136280
	for <member_relay@sbcglobal.net>; Sun, 1 Sep 2002 08:00:59 -0400
Received: from kabul.ad.skymv.com ([66.120.210.133])
	by mail1.mailwizards.com (8.11.4/MW-2.03) with ESMTP id g81C0wv59542
	for <member@example.com>; Sun, 1 Sep 2002 07:00:58 -0500 (CDT)
thread-index: AcJRrzh7Hzyj9xnzS8Ss6WXnOqOc8w==
Received: from kabul.ad.skymv.com ([192.168.1.70]) by kabul.ad.skymv.com with Microsoft SMTPSVC(5.0.2195.5329); Sun, 1 Sep 2002 05:00:52 -0700
Received: from habeas.com ([66.120.210.134]) by kabul.ad.skymv.com with Microsoft SMTPSVC(5.0.2195.5329); Sun, 1 Sep 2002 05:00:52 -0700
Received: from habeas.com (localhost [127.0.0.1]) by habeas.com (8.11.1/8.11.1) with ESMTP id g81C0Yk11066 for <member@example.com>; Sun, 1 Sep 2002 05:00:34 -0700 (PDT) (envelope-from technical-discussion-admin@habeas.com)
Date: Sun, 01 Sep 2002 05:00:34 -0700
Message-ID: <20020901120034.10994.60868.Mailman@habeas.com>
Subject: habeas.com mailing list memberships reminder
From: <mailman-owner@com.example.com>
Content-Class: urn:content-classes:message
Importance: normal
Priority: normal
X-MimeOLE: Produced By Microsoft MimeOLE V5.50.4910.0300
To: <member@example.com>
X-No-Archive: yes
X-Ack: no
Sender: <technical-discussion-admin@habeas.com>
Errors-To: technical-discussion-admin@habeas.com
X-BeenThere: technical-discussion@habeas.com
X-Mailman-Version: 2.0.12
Precedence: bulk
X-OriginalArrivalTime: 01 Sep 2002 12:00:52.0679 (UTC) FILETIME=[3860CD70:01C251AF]
X-Spam-Status: No, hits=-19.7 required=5.0
	tests=HABEAS_SWE,NO_REAL_NAME,SPAM_PHRASE_03_05,SUBJECT_IS_LIST
	version=2.40-cvs
X-Spam-Level: 
Status: R 
X-Status: N

This is a reminder, sent out once a month, about your habeas.com
mailing list memberships.  It includes your subscription info and how
to use it to change it or unsubscribe from a list.

You can visit the URLs to change your membership status or
configuration, including unsubscribing, setting digest-style delivery
or disabling delivery altogether (e.g., for a vacation), and so on.

In addition to the URL interfaces, you can also use email to make such
changes.  For more info, send a message to the '-request' address of
the list (for example, license-announce-request@habeas.com) containing
just the word 'help' in the message body, and an email message will be
sent to you with instructions.

If you have questions, problems, comments, etc, send them to
mailman-owner@com.  Thanks!

Passwords for member@example.com:

List                                     Password // URL
----                                     --------  
license-announce@habeas.com              xxxxxx    
http://www.habeas.com/mailman/options/license-announce/member%40example.com


""",
    [], 'notbounce'))

REPO, PATH = 'EnterpriseDB/barman', 'issues/860'
URL = source(REPO, PATH)
N.append(('gmail-notfound', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Sun, 22 Oct 2023 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Address not found

Your message wasn't delivered to former.maintainer@2ndquadrant.example because the address couldn't be found, or is unable to receive mail.
""",
    [
    rcpt('former.maintainer@2ndquadrant.example', 'invalid', 'userunknown', '', '',
         "Your message wasn't delivered to former.maintainer@2ndquadrant.example because the address couldn't be found, or is unable to receive mail.",
         URL)], 'bounce'))

REPO, PATH = 'lavab/web', 'issues/468'
URL = source(REPO, PATH)
N.append(('exim-mx-invalid', REPO, PATH, """From: Mail Delivery System <Mailer-Daemon@mail.example.ac.uk>
To: sender@example.com
Subject: Mail delivery failed: returning message to sender
Date: Tue, 14 Apr 2015 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  user@lavaboom.com
    all relevant MX records point to non-existent hosts or (invalidly) to IP addresses
""",
    [
    rcpt('user@lavaboom.com', 'invalid', 'hostunknown', '', '',
         'all relevant MX records point to non-existent hosts or (invalidly) to IP addresses',
         URL, ok=('unknown',))], 'bounce'))

REPO, PATH = 'logto-io/logto', 'issues/3589'
URL = source(REPO, PATH)
N.append(('gmail-notfound', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Thu, 23 Mar 2023 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Address not found
--
Your message wasn't delivered to feedback@logto.io because the address couldn't be found, or is unable to receive mail.
""",
    [
    rcpt('feedback@logto.io', 'invalid', 'userunknown', '', '',
         "Your message wasn't delivered to feedback@logto.io because the address couldn't be found, or is unable to receive mail.",
         URL)], 'bounce'))

REPO, PATH = 'maks/MGit', 'issues/198'
URL = source(REPO, PATH)
N.append(('postfix-gmail-nosuchuser', REPO, PATH, """From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Sat, 12 Aug 2017 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

                  The mail system

<mgit@manichord.com>: host aspmx.l.google.com[74.125.71.26] said: 550-5.1.1 The
    email account that you tried to reach does not exist. Please try 550-5.1.1
    double-checking the recipient's email address for typos or 550-5.1.1
    unnecessary spaces. Learn more at 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser c29si2155252wrc.110 - gsmtp
    (in reply to RCPT TO command)
""",
    [
    rcpt('mgit@manichord.com', 'invalid', 'userunknown', '5.1.1', '550',
         '550-5.1.1 The email account that you tried to reach does not exist.',
         URL)], 'bounce'))

REPO, PATH = 'MicrosoftDocs/OfficeDocs-DeployOffice', 'issues/444'
URL = source(REPO, PATH)
N.append(('o365-group-restricted', REPO, PATH, """From: postmaster@microsoft.com
To: sender@example.com
Subject: Undeliverable: Readiness Toolkit
Date: Thu, 12 Sep 2019 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message to omexconeint@microsoft.com couldn't be delivered.

The group omexconeint only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.
""",
    [
    rcpt('omexconeint@microsoft.com', 'blocked', 'rejected', '', '',
         "The group omexconeint only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
         URL)], 'bounce'))

REPO, PATH = 'mjl-/mox', 'testdata/dmarc-reports/xs4all.eml'
URL = source(REPO, PATH)
N.append(('dmarc-aggregate', REPO, PATH, """Return-Path: <noreply+postmaster=example.org@dmarc-reports.xs4all.net>
X-Original-To: postmaster@example.org
Delivered-To: postmaster@example.org
Received-SPF: Pass (sender SPF authorized) identity=mailfrom; client-ip=194.109.24.21; helo=lb1-smtp-cloud8.xs4all.net; envelope-from=noreply+postmaster=example.org@dmarc-reports.xs4all.net; receiver=postmaster@example.org 
Received: from lb1-smtp-cloud8.xs4all.net (lb1-smtp-cloud8.xs4all.net [194.109.24.21])
	by koriander.example.org (Postfix) with ESMTPS id 66607DEB76
	for <postmaster@example.org>; Tue, 27 Jul 2021 02:49:47 +0200 (CEST)
Received: from nsacron3.xs4all.net ([194.109.23.165])
	by smtp-cloud8.xs4all.net with ESMTP
	id 8BI1m1cKbXTlc8BI1mNgHo; Tue, 27 Jul 2021 02:49:45 +0200
Received: by nsacron3.xs4all.net (Postfix, from userid 0)
	id 9FEA95869; Tue, 27 Jul 2021 02:49:45 +0200 (CEST)
From: noreply@dmarc-reports.xs4all.net
To: postmaster@example.org
Subject: Report Domain: example.org
    Submitter: xs4all.nl
    Report-ID: <xs4all.nl.1627349682.9725429@dmarc-reports.xs4all.net>
Message-ID: <xs4all.nl.1627349682.9725429@dmarc-reports.xs4all.net>
MIME-Version: 1.0
Content-Type: multipart/mixed;
    boundary="xs4all.nl-1627349683-9725429"
Content-Transfer-Encoding: binary
X-Auto-Response-Suppress: OOF
Precedence: bulk
Date: Tue, 27 Jul 2021 02:49:45 +0200 (CEST)

--xs4all.nl-1627349683-9725429
Content-Disposition: inline
Content-Transfer-Encoding: 8bit
Content-Type: text/plain; charset="UTF-8"

This is a DMARC (rfc7489) aggregate report for your domain.
For more information, see https://dmarc.org/

--xs4all.nl-1627349683-9725429
Content-Type: application/gzip;
    name="xs4all.nl!example.org!1627257600!1627343999!9725429.xml.gz"
Content-Disposition: attachment;
    filename="xs4all.nl!example.org!1627257600!1627343999!9725429.xml.gz"
Content-Transfer-Encoding: base64

H4sIAKli/2AC/42Uz3LbIBDG73kKj++RIvlf1CGkpz5Be9ZgtLKpETCAXOftuwSQ5SST5GT4dtlv
9wcWeb4McnEG64RWT8uqeFguQHHdCXV4Wv75/ev+cbl4pnekB+j2jJ/o3WJBUj7FdFLmTQhYMNr6
dgDPOuZZ0FDV9tAqNgC9uDWTslCSlJMWU2BgQlKlsYB8+dkNzPL7WMwV+RR4Usa8dObiLWu5Vp5x
3wrVaxqiXv9g3SDUZ1Xen4wlU/+iu7ZaVNt6t1o328e6aHb1Zl03n1S+FogFkQK0lqlDGhSlPRwE
osOq9Wa3fUCCUclxUB2NnqumabBZlYuVt9UmtzluYrQU/KU1414Kd4SpEY1sFIULG4yEAvFjuajF
BNadxEAtKeMiic70r1r4jZKhFv4Cx1lNUtxVclkz3NMqzBYWUULIFSkjatQ/aBPxc21zx1b/m5g4
PVoOrTB0vS2qplhtiqpeo9+k50yuR+WDUVxkOdnBmckRIXY5EMgIZ7QTPrxhpRUgl5kyywtYDHMO
EyZCCUCfAhOm2YhvPPHW8mBEdKC86AX+g2bXfwapDbS91cPtfd2G8oEjsA7sB+nzQLJ+Z0jY6I+t
BTdKf+3hzXxfvZ0IASQ+AW3pSVvBFDojjqxd06JVwpU2E7G5L5mx/HYPHOnQIUyM5q+bbzpf33f5
lkhIjs8SX+/0FfwP3o39ATkFAAA=

--xs4all.nl-1627349683-9725429--
""",
    [], 'notbounce'))

REPO, PATH = 'modoboa/modoboa-webmail', 'issues/213'
URL = source(REPO, PATH)
N.append(('postfix-aol-data', REPO, PATH, """From: MAILER-DAEMON@mail.example-info.com (Mail Delivery System)
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Tue, 16 Feb 2021 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.example-info.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<example@aol.com>: host mx-aol.mail.gm0.yahoodns.net[ip] said:
    550 Action not taken (in reply to end of DATA command)
""",
    [
    rcpt('example@aol.com', 'unknown', 'undefined', '', '550',
         '550 Action not taken (in reply to end of DATA command)',
         URL, ok=('blocked',))], 'bounce'))

REPO, PATH = 'NextINpact/nxiv6', 'issues/24'
URL = source(REPO, PATH)
N.append(('postfix-o365-banned-ip', REPO, PATH, """From: MAILER-DAEMON@mail.example.fr (Mail Delivery System)
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Fri, 20 May 2016 10:00:00 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

                   The mail system

<forum@nextinpact.com>: host
    nextinpact-com.mail.protection.outlook.com[213.199.154.87] said: 550
    5.7.606 Access denied, banned sending IP [65.52.141.8]. To request removal
    from this list please visit https://sender.office.com/ and follow the
    directions. For more information please go to
    http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609) (in reply to
    RCPT TO command)

Final-Recipient: rfc822; forum@nextinpact.com
Original-Recipient: rfc822;forum@nextinpact.com
Action: failed
Status: 5.7.606
Remote-MTA: dns; nextinpact-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.7.606 Access denied, banned sending IP
    [65.52.141.8]. To request removal from this list please visit
    https://sender.office.com/ and follow the directions. For more information
    please go to  http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)
""",
    [
    rcpt('forum@nextinpact.com', 'blocked', 'blocked', '5.7.606', '550',
         '550 5.7.606 Access denied, banned sending IP [65.52.141.8].',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/bad-address-sample.eml'
URL = source(REPO, PATH)
N.append(('kerio-hostunknown', REPO, PATH, """Return-Path: <>
Received: from localhost
	by mail.auction.example (Kerio Connect 9.0.4); Tue, 24 May 2016 12:16:04 +0200
Date: Tue, 24 May 2016 12:16:04 +0200
Message-ID: <3796083626-12526@mail.auction.example>
MIME-Version: 1.0
From: Mail Delivery Subsystem <postmaster@mail.auction.example>
To: <online-bounce@auction.example>
Subject: Returned email: Tip fra Jens Hansen: Moderne
 skulpturer, emne 1621/599
Content-Type: multipart/report; report-type=delivery-status;
	boundary="MIME-3796083626-1825076266-delim"

--MIME-3796083626-1825076266-delim
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit


This is an informative message sent by mail.auction.example.

The server was not able to deliver your email message 

  Subject: Tip fra Jens Hansen: Moderne skulpturer, emne 1621/599
  Date: Tue, 24 May 2016 12:16:02 +0200 (CEST)



to the following addresses:

  <office@dgh_aalborg.example> (mail.auction.example: Host not found)
--MIME-3796083626-1825076266-delim
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.auction.example
Arrival-Date: Tue, 24 May 2016 12:16:03 +0200

Original-Recipient: office@dgh_aalborg.example
Final-Recipient: rfc822;office@dgh_aalborg.example
Action: failed
Status: 5.4.4
Diagnostic-Code: DNS; Host not found
	
--MIME-3796083626-1825076266-delim
Content-Type: text/rfc822-headers

Received: from bifrost2.auction.example ([10.1.10.57])
	by mail.auction.example (Kerio Connect 9.0.4) with ESMTP;
	Tue, 24 May 2016 12:16:03 +0200
Received: from bifrost2.auction.example (localhost [127.0.0.1])
	by bifrost2.auction.example (Postfix) with ESMTP id 0110210C0A1;
	Tue, 24 May 2016 12:16:03 +0200 (CEST)
Date: Tue, 24 May 2016 12:16:02 +0200 (CEST)
From: Auction House Online <online@auction.example>
Reply-To: Jens Hansen <jens.hansen@example.dk>
To: office@dgh_aalborg.example
Message-ID: <1461253075.494071464084963002.JavaMail.drift@auction.example>
Subject: Tip fra Jens Hansen: Moderne skulpturer, emne 1621/599
MIME-Version: 1.0
Content-Type: multipart/related; 
	boundary="----=_Part_52758_901047881.1464084962982"
X-Mail-Generated: bifrost3; Tue May 24 12:16:03 CEST 2016
X-Auction-Number: 1621
X-Language: da
X-Auction-Id: 100000844
X-Mail-Dispatched: bifrost2; Tue May 24 12:16:03 CEST 2016

--MIME-3796083626-1825076266-delim--

""",
    [
    rcpt('office@dgh_aalborg.example', 'invalid', 'hostunknown', '5.4.4', '',
         'DNS; Host not found',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/dovecot-mdn-sample.eml'
URL = source(REPO, PATH)
N.append(('dovecot-reject-quota', REPO, PATH, """Return-Path: <>
Received: from mail6.bemta3.messagelabs.com ([195.245.230.39])
	by mail.auction.example (Kerio Connect 8.2.4)
	for online-bounce@auction.example;
	Sat, 10 May 2014 08:00:17 +0200
Received: from uf4.cybercity.dk (uf4.cybercity.dk [212.242.42.51])
	by smtp2.cybercity.dk (Postfix) with ESMTP id 0F0F66783B
	for <online-bounce@auction.example>; Sat, 10 May 2014 08:00:17 +0200 (CEST)
Received: by uf4.cybercity.dk (Postfix, from userid 2209862)
	id 0C4943F43A; Sat, 10 May 2014 08:00:17 +0200 (CEST)
Message-ID: <dovecot-1399701616-942937-0@uf4.cybercity.dk>
Date: Sat, 10 May 2014 08:00:16 +0200
From: Mail Delivery Subsystem <postmaster@mail.telenor.dk>
To: <online-bounce@auction.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="34702/uf4.cybercity.dk"
Subject: Rejected: =?iso-8859-1?Q?118_nye_emner_opfylder_Deres_s=F8gekriterier?=
Auto-Submitted: auto-replied (rejected)
Precedence: bulk

This is a MIME-encapsulated message

--34702/uf4.cybercity.dk
Content-Type: text/plain; charset=utf-8
Content-Disposition: inline
Content-Transfer-Encoding: 8bit

Your message to <customer@cybercity.example> was automatically rejected:
Quota exceeded (mailbox for user is full)
--34702/uf4.cybercity.dk
Content-Type: message/disposition-notification

Reporting-UA: uf4.cybercity.dk; Dovecot Mail Delivery Agent
Final-Recipient: rfc822; customer@cybercity.example
Original-Message-ID: <1140876397.137871399675921773.JavaMail.drift@auction.example>
Disposition: automatic-action/MDN-sent-automatically; deleted

--34702/uf4.cybercity.dk
Content-Type: message/rfc822

Return-Path: <online-bounce@auction.example>
Delivered-To: customer@cybercity.example
Received: from mail.auction.example (mail.auction.example [77.234.168.9])
	by cicero1.cybercity.dk (Postfix) with ESMTP id AA1FE1088B2
	for <customer@cybercity.example>; Sat, 10 May 2014 08:00:16 +0200 (CEST)
Date: Sat, 10 May 2014 00:52:01 +0200 (CEST)
From: Auction House Online <online@auction.example>
To: A. Customer <customer@cybercity.example>
Message-ID: <1140876397.137871399675921773.JavaMail.drift@auction.example>
Subject: =?iso-8859-1?Q?118_nye_emner_opfylder_Deres_s=F8gekriterier?=
MIME-Version: 1.0
Precedence: bulk



--34702/uf4.cybercity.dk--
""",
    [
    rcpt('customer@cybercity.example', 'full', 'mailboxfull', '', '',
         'Quota exceeded (mailbox for user is full)',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/exim-failure-sample.eml'
URL = source(REPO, PATH)
N.append(('exim-spamlevel', REPO, PATH, """Return-Path: <>
Received: from mail6.bemta14.messagelabs.com ([193.109.254.103])
	by mail.auction.example (Kerio Connect 8.2.4)
	for online-bounce@auction.example;
	Sat, 10 May 2014 07:59:32 +0200
Received: from mx3.mailme.dk (HELO mx3.mailme.dk) (81.19.232.133)
  by server-8.tower-48.messagelabs.com with SMTP; 10 May 2014 05:59:29 -0000
Received: from root by mx3.mailme.dk with local (Exim 4.71)
	id 1Wj0Jk-0007Dp-Qg
	for online-bounce@auction.example; Sat, 10 May 2014 07:59:28 +0200
Date: Sat, 10 May 2014 07:59:28 +0200
Message-Id: <E1Wj0Jk-0007Dp-Qg@mx3.mailme.dk>
X-Failed-Recipients: customer@mailme.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx3.mailme.dk>
To: online-bounce@auction.example
Subject: Mail delivery failed: returning message to sender
X-SA-Exim-Connect-IP: <locally generated>
X-SA-Exim-Mail-From: 

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  customer@mailme.example
    (sa) Message rejected by abuse@mailme.dk
    (sa) User profile spam level exceeded
    (sa) Adjust if needed at http://www.mailme.dk

------ This is a copy of the message, including all the headers. ------
------ The body of the message is 21525 characters long; only the first
------ 16384 or so are included here.

Return-path: <online-bounce@auction.example>
Received: from [77.234.168.9] (helo=mail.auction.example)
	by mx3.mailme.dk with esmtp (Exim 4.71)
	(envelope-from <online-bounce@auction.example>)
	id 1Wj0Jf-0007Dj-Ct
	for customer@mailme.example; Sat, 10 May 2014 07:59:28 +0200
Date: Sat, 10 May 2014 00:52:25 +0200 (CEST)
From: Auction House Online <online@auction.example>
To: A. Customer <customer@mailme.example>
Message-ID: <2070711897.139261399675945936.JavaMail.drift@auction.example>
MIME-Version: 1.0
Content-Type: text/html; charset=ISO-8859-1
X-Agent-Search-For: Rolex
Precedence: bulk
Subject: =?iso-8859-1?Q?2_nye_emner_opfylder_Deres_s=F8gekriterier?=
X-Spam-Checker-Version: SpamAssassin 3.3.1 (2010-03-16) on mx3.mailme.dk
X-Spam-Flag: YES
X-Spam-Level: *****
X-Spam-Status: Yes, score=6.0 required=5.0 tests=DATE_IN_PAST_06_12,EM_ROLEX,
	HTML_MESSAGE,MIME_HTML_ONLY,RDNS_NONE,SPF_PASS,T_DKIM_INVALID autolearn=no
	version=3.3.1

<html><body>(the search agent's list)</body></html>
""",
    [
    rcpt('customer@mailme.example', 'content', 'spamdetected', '', '',
         '(sa) Message rejected by abuse@mailme.dk (sa) User profile spam level exceeded',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/forwarded-policy-failure-sample.eml'
URL = source(REPO, PATH)
N.append(('postfix-dmarc-515', REPO, PATH, """Return-Path: <>
Delivered-To: bounce@sys.sender.example
Received: from mail.sender.example
	by mail.sender.example with LMTP
	id AAAAAAAAAAAAAAAAAAAAAAw
	(envelope-from <>)
	for <bounce@sys.sender.example>; Fri, 06 Mar 2026 10:46:26 +0100
Received: from localhost (localhost [127.0.0.1])
	by mail.sender.example (Postfix) with ESMTP id 1EA592ED4046
	for <bounce@sys.sender.example>; Fri,  6 Mar 2026 10:46:26 +0100 (CET)
Received: from smtprelay.relay.example (smtprelay.relay.example [192.0.2.1])
	by mail.sender.example (Postfix) with ESMTPS id E883A2ED0BFB
	for <bounce@sys.sender.example>; Fri,  6 Mar 2026 10:46:25 +0100 (CET)
Received: by smtprelay.relay.example (Postfix)
	id BE4D2E0713; Fri,  6 Mar 2026 10:46:25 +0100 (CET)
Date: Fri,  6 Mar 2026 10:46:25 +0100 (CET)
From: MAILER-DAEMON@smtprelay.relay.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: bounce@sys.sender.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0C685E05B6.1772790385/smtprelay.relay.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20260306094625.BE4D2E0713@smtprelay.relay.example>

This is a MIME-encapsulated message.

--0C685E05B6.1772790385/smtprelay.relay.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host smtprelay.relay.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jdoe@hotmail.example>: host
    hotmail-com.olc.protection.outlook.com[52.101.68.1] said: 550 5.7.515
    Access denied, sending domain SENDER.EXAMPLE doesn't meet the required
    authentication level. The sender's domain in the 5322.From address doesn't
    meet the authentication requirements defined for the sender.
    Spf= Fail , Dkim= Fail , DMARC= Fail [AAAAAAAAAAAAAA.eurprd02.prod.outlook.com
    2026-03-06T09:46:25.760Z AAAAAAAAAAAAAAAAAA] (in reply to end of DATA command)

--0C685E05B6.1772790385/smtprelay.relay.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtprelay.relay.example
Arrival-Date: Fri,  6 Mar 2026 10:46:25 +0100 (CET)

Final-Recipient: rfc822; jdoe@hotmail.example
Original-Recipient: rfc822;info@customer.example
Action: failed
Status: 5.7.515
Remote-MTA: dns; hotmail-com.olc.protection.outlook.com
Diagnostic-Code: smtp; 550 5.7.515 Access denied, sending domain
    SENDER.EXAMPLE doesn't meet the required authentication level.
    Spf= Fail , Dkim= Fail , DMARC= Fail

--0C685E05B6.1772790385/smtprelay.relay.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <bounce@sys.sender.example>
Date: Fri, 6 Mar 2026 10:46:17 +0100 (CET)
From: Example Sender <sender@sender.example>
To: John Doe <info@customer.example>
Message-ID: <12345678.1772790377745.JavaMail@sender.example>
Subject: Example subject
Content-Type: multipart/related;
	boundary="----=_Part_702_120854791.1772790377674"

--0C685E05B6.1772790385/smtprelay.relay.example--
""",
    [
    rcpt('jdoe@hotmail.example', 'blocked', 'authfailure', '5.7.515', '550',
         "550 5.7.515 Access denied, sending domain SENDER.EXAMPLE doesn't meet the required authentication level.",
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/gmail-delayed-sample.eml'
URL = source(REPO, PATH)
N.append(('gmail-delay', REPO, PATH, """Return-Path: <>
Received: from in12g.electric.net ([89.104.206.16])
	by mx.example.dk (Kerio Connect 9.2.1) with ESMTPS
	(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256 bits))
	for bounces@example.dk;
	Tue, 7 Mar 2017 15:33:02 +0100
Received: by mail-lf0-x241.google.com with SMTP id g70so287160lfh.3
        for <bounces@example.dk>; Tue, 07 Mar 2017 06:33:00 -0800 (PST)
Content-Type: multipart/report; boundary=001a113bf3de397be2054a24e351; report-type=delivery-status
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: bounces@example.dk
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
References: <768005219.467661488799420829.MTA@example.dk>
In-Reply-To: <768005219.467661488799420829.MTA@example.dk>
Message-ID: <58bec497.9ce5190a.e8d95.041c.GMRIR@mx.google.com>
Date: Tue, 07 Mar 2017 06:32:55 -0800 (PST)

--001a113bf3de397be2054a24e351
Content-Type: text/plain; charset=UTF-8


** Delivery incomplete **

There was a temporary problem delivering your message to sample4@example.berlingske.dk. Gmail will retry for 140 more hours. You'll be notified if the delivery fails permanently.

Learn more here: https://support.google.com/mail/answer/7720

The response from the remote server was:
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720
[217.111.209.227 217.111.209.227: generic::failed_precondition: connect error (0): error]

--001a113bf3de397be2054a24e351
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; bounces@example.dk
Arrival-Date: Mon, 06 Mar 2017 03:23:43 -0800 (PST)
X-Original-Message-ID: <768005219.467661488799420829.MTA@example.dk>

Final-Recipient: rfc822; sample4@example.berlingske.dk
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720
 [217.111.209.227 217.111.209.227: generic::failed_precondition: connect error (0): error]
Last-Attempt-Date: Tue, 07 Mar 2017 06:32:55 -0800 (PST)
Will-Retry-Until: Mon, 13 Mar 2017 04:23:44 -0700 (PDT)

--001a113bf3de397be2054a24e351
Content-Type: message/rfc822

Return-Path: <bounces@example.dk>
Date: Mon, 6 Mar 2017 12:23:40 +0100 (CET)
From: Nyhedsbrev <nyhedsbrev@example.dk>
To: A. Reader <sample4@example.berlingske.dk>
Message-ID: <768005219.467661488799420829.MTA@example.dk>
Subject: Nu begynder auktionen over moderne kunst og nordisk design
MIME-Version: 1.0
Content-Type: text/html; charset=us-ascii
Precedence: bulk

<html><body>(the newsletter)</body></html>

--001a113bf3de397be2054a24e351--
""",
    [], 'delayed'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/kundenserver_de.eml'
URL = source(REPO, PATH)
N.append(('ionos-nomx', REPO, PATH, """Received: from mout-bounce.kundenserver.de (212.227.15.58) by
 HE1EUR02FT105.mail.protection.outlook.com (10.152.10.194) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.5102.17 via Frontend Transport; Fri, 25 Mar 2022 23:57:39 +0000
Received: from localhost by mout-bounce.kundenserver.de id 0MV46H-1nZEAI2CxJ-00YS8K
    Sat, 26 Mar 2022 00:57:39 +0100
Date: Sat, 26 Mar 2022 00:57:39 +0100
From: "Mail Delivery System" <mailer-daemon@kundenserver.de>
To: bounces@example.dk
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied
Message-ID: <0LfzLf-1nraIK2CyJ-00pZZq@kundenserver.de>
In-Reply-To: <525216232.234661648252657608.MTA@example.dk>
References: <525216232.234661648252657608.MTA@example.dk>
Content-Type: multipart/report;boundary="f26n3dd73wv66zichjbhb4q35lxxqpwaon9h0stikcezvp82g2bxbk4mio4ajj1mnof";
 report-type="delivery-status"
Return-Path: <>
MIME-Version: 1.0

--f26n3dd73wv66zichjbhb4q35lxxqpwaon9h0stikcezvp82g2bxbk4mio4ajj1mnof
Content-Type: text/plain
Content-Transfer-Encoding: 7bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error.

The following address failed:

    redacted@example.onmicrosoft.com:
        no valid MX hosts found

--- The header of the original message is following. ---

Received: from [212.227.15.41] ([212.227.15.41]) by mx.kundenserver.de
 (mxeue011 [212.227.15.41]) with ESMTPS (Nemesis) id 1MJmjR-1nnVv94BPl-00KIk4
 for <redacted@example.onmicrosoft.com>; Sat, 26 Mar 2022 00:57:39 +0100
Received: from mail.auction.example ([62.242.147.169]) by
 mx.kundenserver.de (mxeue011 [212.227.15.41]) with ESMTPS (Nemesis) id
 1MEVeU-1nHyQa43Hm-00G803 for <redacted@example.co.uk>; Sat, 26 Mar 2022
 00:57:38 +0100
Date: Sat, 26 Mar 2022 00:57:37 +0100 (CET)
From: Auction House Online <online@auction.example>
To: A. Customer <redacted@example.co.uk>
Message-ID: <525216232.234661648252657608.JavaMail.drift@auction.example>
Subject: =?UTF-8?Q?Din_s=C3=B8geagent_har_fundet_19_nye_emner?=
MIME-Version: 1.0
Content-Type: multipart/related;
	boundary="----=_Part_24264_1909466998.1648252657593"
Precedence: bulk
X-Language: da
X-Spam-Flag: NO

--f26n3dd73wv66zichjbhb4q35lxxqpwaon9h0stikcezvp82g2bxbk4mio4ajj1mnof
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA:dns;kundenserver.de
Arrival-Date:Sat, 26 Mar 2022 00:57:39 +0100

Final-Recipient:rfc822;redacted@example.onmicrosoft.com
Action:failed
Status:5.0.0
Final-Log-ID:1MJmjR-1nnVv94BPl-00KIk4

--f26n3dd73wv66zichjbhb4q35lxxqpwaon9h0stikcezvp82g2bxbk4mio4ajj1mnof
Content-Type: message/rfc822-headers
Content-Transfer-Encoding: 7bit

Received: from [212.227.15.41] ([212.227.15.41]) by mx.kundenserver.de
 (mxeue011 [212.227.15.41]) with ESMTPS (Nemesis) id 1MJmjR-1nnVv94BPl-00KIk4
 for <redacted@example.onmicrosoft.com>; Sat, 26 Mar 2022 00:57:39 +0100
Date: Sat, 26 Mar 2022 00:57:37 +0100 (CET)
From: Auction House Online <online@auction.example>
To: A. Customer <redacted@example.co.uk>
Message-ID: <525216232.234661648252657608.JavaMail.drift@auction.example>
Subject: =?UTF-8?Q?Din_s=C3=B8geagent_har_fundet_19_nye_emner?=
MIME-Version: 1.0

--f26n3dd73wv66zichjbhb4q35lxxqpwaon9h0stikcezvp82g2bxbk4mio4ajj1mnof--
""",
    [
    rcpt('redacted@example.onmicrosoft.com', 'invalid', 'hostunknown', '5.0.0', '',
         'no valid MX hosts found',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/lmtp-sample.eml'
URL = source(REPO, PATH)
N.append(('oracle-lmtp-quota', REPO, PATH, """Return-Path: <>
Received: from mail6.bemta3.messagelabs.com ([195.245.230.39])
	by mail.auction.example (Kerio Connect 8.2.4)
	for online-bounce@auction.example;
	Tue, 13 May 2014 00:03:26 +0200
Received: from process-daemon.mxin14.netvision.net.il by
 mxin14.netvision.net.il
 (Oracle Communications Messaging Server 7u4-24.01(7.0.4.24.0) 64bit (built Nov
 17 2011)) id <0N5H00000EIXQU00@mxin14.netvision.net.il> for
 online-bounce@auction.example; Tue, 13 May 2014 01:03:23 +0300 (IDT)
Date: Tue, 13 May 2014 01:03:23 +0300 (IDT)
From: Internet Mail Delivery <postmaster@mxin14.netvision.net.il>
Subject: Delivery Notification: Delivery has failed
To: online-bounce@auction.example
Message-id: <0N5H0003KELNQV00@mxin14.netvision.net.il>
MIME-version: 1.0
Content-type: multipart/report; report-type=delivery-status;
 boundary="Boundary_(ID_a4Cp6LHCr6o12YvkF7Gz9A)"


--Boundary_(ID_a4Cp6LHCr6o12YvkF7Gz9A)
Content-type: text/plain; charset=us-ascii
Content-language: en-US

This report relates to a message you sent with the following header fields:

  Message-id: <1748395402.300511399932198141.JavaMail.drift@auction.example>
  Date: Tue, 13 May 2014 00:03:16 +0200 (CEST)
  From: Auction House Online <online@auction.example>
  To: A. Customer <customer@netvision.example>
  Subject: One new lot matches your search criteria

Your message cannot be delivered to the following recipients:

  Recipient address: @mss11s.netvision.net.il.lmtp:35065@lmtpcs-daemon
  Original address: customer@netvision.example
  Reason: LMTP transmission failure has occurred
  Diagnostic code: lmtp;550 4.2.2 Delivery failed: Over quota
  Remote system: dns;mss11s.netvision.net.il (TCP|194.90.6.72|47622|194.90.6.104|225)


--Boundary_(ID_a4Cp6LHCr6o12YvkF7Gz9A)
Content-type: message/delivery-status

Reporting-MTA: dns;mxin14.netvision.net.il (lmtpcs-daemon)
Arrival-date: Tue, 13 May 2014 01:03:23 +0300 (IDT)

Original-recipient: rfc822;customer@netvision.example
Final-recipient: rfc822;@mss11s.netvision.net.il.lmtp:35065@lmtpcs-daemon
Action: failed
Status: 4.2.2 (LMTP transmission failure has occurred)
Remote-MTA: dns;mss11s.netvision.net.il (TCP|194.90.6.72|47622|194.90.6.104|225)
Diagnostic-code: lmtp;550 4.2.2 Delivery failed: Over quota

--Boundary_(ID_a4Cp6LHCr6o12YvkF7Gz9A)
Content-type: text/rfc822-headers

Return-path: <online-bounce@auction.example>
Received: from mail.auction.example ([77.234.168.9])
 by mxin14.netvision.net.il
 (Oracle Communications Messaging Server 7u4-24.01(7.0.4.24.0) 64bit (built Nov
 17 2011)) with ESMTP id <0N5H00FTRELM24Q0@mxin14.netvision.net.il> for
 customer@netvision.example; Tue, 13 May 2014 01:03:23 +0300 (IDT)
Date: Tue, 13 May 2014 00:03:16 +0200 (CEST)
From: Auction House Online <online@auction.example>
Subject: One new lot matches your search criteria
To: A. Customer <customer@netvision.example>
Message-id: <1748395402.300511399932198141.JavaMail.drift@auction.example>
MIME-version: 1.0
Precedence: bulk
X-Language: en


--Boundary_(ID_a4Cp6LHCr6o12YvkF7Gz9A)--
""",
    [
    rcpt('customer@netvision.example', 'full', 'mailboxfull', '4.2.2', '550',
         'lmtp;550 4.2.2 Delivery failed: Over quota',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/qmail-failure-sample.eml'
URL = source(REPO, PATH)
N.append(('qmail-quota-nl', REPO, PATH, """Return-Path: <>
Message-ID: <3836964997-36181@mail.auction.example>
Received: from mail6.bemta14.messagelabs.com ([193.109.254.103])
	by mail.auction.example (Kerio Connect 8.2.4)
	(using TLSv1 with cipher DHE-RSA-AES256-SHA (256 bits))
	for online-bounce@auction.example;
	Sat, 10 May 2014 07:55:35 +0200
Received: (qmail 9626 invoked by uid 0); 10 May 2014 05:55:32 -0000
Received: from qmail29.zonnet.nl ([10.170.1.106])
          (envelope-sender <>)
          by 10.170.1.34 (qmail-ldap-1.03) with SMTP
          for < >; 10 May 2014 05:55:32 -0000
Received: (qmail 3414 invoked for bounce); 10 May 2014 05:55:32 -0000
Date: 10 May 2014 05:55:32 -0000
From: MAILER-DAEMON@qmail29.zonnet.nl
To: online-bounce@auction.example
Subject: failure notice

Hi. This is the qmail-send program at qmail29.zonnet.nl.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.
---------------------------------------------------------------------
Het volgende bericht dat u stuurde aan deze gebruiker is niet aangekomen.
De meest voorkomende redenen zijn:
- het verkeerd intypen van het e-mailadres of het e-mailadres bestaat niet.
- de mailbox van de ontvangende gebruiker is vol waardoor er geen e-mail meer wo
rdt geaccepteerd.
- het e-mailbericht stond in de wachtrij en kon in de afgelopen 3 dagen niet wor
den afgeleverd.
--------------------------------------------------------------------
The following email that you sent to this user has not been received.
The most occuring reasons are:
- wrongly typed e-mailaddress or the e-mailaddress doesn't exist.
- the e-mailbox of the receiving user is full and therefore the e-mail won't be
accepted.
- the e-mailmessage was in queue and couldn't be delivered in the past 3 days.
---------------------------------------------------------------------

<customer@versatel.example>:
The users mailfolder is over the allowed quota (size).

--- Below this line is a copy of the message.

Return-Path: <online-bounce@auction.example>
Received: (qmail 3411 invoked by uid 0); 10 May 2014 05:55:32 -0000
Received: from unknown ([10.170.1.102])
          (envelope-sender <>)
          by qmail29.zonnet.nl (qmail-ldap-1.03) with QMQP
          for < >; 10 May 2014 05:55:32 -0000
Delivered-To: CLUSTERHOST mail5.versatel.nl customer@versatel.example
Date: Sat, 10 May 2014 00:44:19 +0200 (CEST)
From: Auction House Online <online@auction.example>
To: A. Customer <customer@versatel.example>
Message-ID: <123838202.117191399675459198.JavaMail.drift@auction.example>
Subject: 9 new lots matches your search criteria
MIME-Version: 1.0
Content-Type: text/html; charset=ISO-8859-1
Precedence: bulk
X-Language: en

<html><body>(the search agent's list)</body></html>
""",
    [
    rcpt('customer@versatel.example', 'full', 'mailboxfull', '', '',
         'The users mailfolder is over the allowed quota (size).',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/quota-exceeded-sample.eml'
URL = source(REPO, PATH)
N.append(('telia-quota', REPO, PATH, """Received: from in12f.electric.net (89.104.206.15) by
 HE1EUR02FT055.mail.protection.outlook.com (10.152.11.101) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.1856.11 via Frontend Transport; Tue, 7 May 2019 22:02:22 +0000
Received: from v-smtpout2.han.skanova.net ([81.236.60.155])
	by in12f.electric.net with esmtps (TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256)
	(Exim 4.90_1)
	id 1hO8AH-0004IP-3i
	for online-bounce@auction.example; Tue, 07 May 2019 15:02:21 -0700
Received: from v-smtpin5.han.skanova.net ([81.236.60.152])
	by cmsmtp with ESMTP
	id O8A7hPzAQa3HWO8A8hSayr; Wed, 08 May 2019 00:02:15 +0200
Date: Wed, 8 May 2019 00:02:11 +0200
From: <mailerdaemon@telia.com>
To: <online-bounce@auction.example>
Subject: Delivery Status Notification
Content-Type: multipart/report;
	boundary="------------I305M09060309060P_871215572665310"
Message-ID: <E1hO8AH-0004PH-5h@in12f.electric.net>
Return-Path: <>
MIME-Version: 1.0

--------------I305M09060309060P_871215572665310
Content-Type: text/plain; charset=UTF-8;
Content-Transfer-Encoding: 8bit

      This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

   * someone@example.com

Reason: Internal Message ID : O8A7h6pmUcBgGO8A7hQFA3


--------------I305M09060309060P_871215572665310
Content-Type: message/delivery-status; charset=UTF-8;
Content-Transfer-Encoding: 8bit

Reporting-MTA: dns; v-smtpin5.han.skanova.net [81.236.60.152]
Received-From-MTA: dns; mail.auction.example [62.242.147.169]
Arrival-Date: Wed, 08 May 2019 00:02:11 +0200


Final-recipient: rfc822; someone@example.com
Diagnostic-Code: smtp; 552 RCPT TO:<someone@example.com> Mailbox disk quota exceeded

Last-attempt-Date: Wed, 08 May 2019 00:02:11 +0200



--------------I305M09060309060P_871215572665310
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit
Content-Disposition: attachment

Received: from mail.auction.example ([62.242.147.169])
	by cmsmtp with ESMTP
	id O8A7h6pmUcBgGO8A7hQFA3; Wed, 08 May 2019 00:02:11 +0200
Date: Wed, 8 May 2019 00:02:10 +0200 (CEST)
From: Auction House Online <online@auction.example>
To: The Dude <someone@example.com>
Message-ID: <497403016.633161557266530454.MTA@somehwere.dk>
Subject: =?UTF-8?Q?Din_s=C3=B8geagent_har_fundet_141_nye_emner?=
MIME-Version: 1.0
Content-Type: multipart/related;
	boundary="----=_Part_67252_1011953519.1557266530452"
Precedence: bulk
X-Language: da



--------------I305M09060309060P_871215572665310--
""",
    [
    rcpt('someone@example.com', 'full', 'mailboxfull', '', '552',
         '552 RCPT TO:<someone@example.com> Mailbox disk quota exceeded',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/sample-dsn.eml'
URL = source(REPO, PATH)
N.append(('telenor-quota', REPO, PATH, """Return-Path: <>
Received: from mail6.bemta3.messagelabs.com ([195.245.230.39])
	by mail.auction.example (Kerio Connect 8.2.4)
	(using TLSv1 with cipher DHE-RSA-AES256-SHA (256 bits))
	for online-bounce@auction.example;
	Sat, 10 May 2014 22:57:56 +0200
Received: from ipb4.telenor.se (ipb4.telenor.se [195.54.127.167])
	by smtprelay-b22.telenor.se (Postfix) with ESMTP id 3893A14002
	for <online-bounce@auction.example>; Sat, 10 May 2014 22:57:54 +0200 (CEST)
Received: from mm-proxy3.telenor.se ([195.54.127.12])
  by ipb4.telenor.se with ESMTP; 10 May 2014 22:57:53 +0200
Received: by mm-proxy3.telenor.se (8.5.103) id 52D6B7EF02FD8376 for online-bounce@auction.example; Sat, 10 May 2014 22:57:53 +0200
From: Mail Delivery Service <postmaster@mm-proxy3.telenor.se>
Subject: Delivery Status Notification
To: online-bounce@auction.example
Date: Sat, 10 May 2014 22:57:53 +0200
Message-ID: <52D6B7EF02FD8375@mm-proxy3.telenor.se>
X-CP-Transaction-ID: 52D6B7EF02FD8374
X-CP-For: customer@algonet.example
MIME-Version: 1.0
Content-Type: Multipart/Report; report-type=delivery-status; boundary="========/52D6B7EF02FD8374/mm-proxy3.telenor.se"

This multi-part MIME message contains a Delivery Status Notification.
If you can see this text, your mail client may not be able to understand MIME
formatted messages or DSNs (see RFC 2045 through 2049 for general MIME
information and RFC 1891 through 1894 for DSN specific information).

--========/52D6B7EF02FD8374/mm-proxy3.telenor.se
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

 - These recipients of your message have been processed by the mail server:
customer@algonet.example; Failed; 5.2.2 (mailbox full)

    Remote MTA mm-be6.telenor.se: SMTP diagnostic: 552 RCPT TO:<customer@algonet.example> Mailbox disk quota exceeded



--========/52D6B7EF02FD8374/mm-proxy3.telenor.se
Content-Type: Message/Delivery-Status

Reporting-MTA: dns; mm-proxy3.telenor.se
Received-from-MTA: dns; ipb5.telenor.se (195.54.127.168)
Arrival-Date: Sat, 10 May 2014 22:57:53 +0200

Final-Recipient: rfc822; customer@algonet.example
Action: Failed
Status: 5.2.2 (mailbox full)
Remote-MTA: dns; mm-be6.telenor.se
Diagnostic-Code: smtp; 552 RCPT TO:<customer@algonet.example> Mailbox disk quota exceeded

--========/52D6B7EF02FD8374/mm-proxy3.telenor.se
Content-Type: Message/RFC822

Return-Path: <online-bounce@auction.example>
Received: from ipb5.telenor.se (195.54.127.168) by mm-proxy3.telenor.se (8.5.103)
        id 52D6B7EF02FD8374 for customer@algonet.example; Sat, 10 May 2014 22:57:53 +0200
Received: from mail.auction.example ([77.234.168.9])
  by ipb5.telenor.se with ESMTP; 10 May 2014 22:57:53 +0200
Date: Sat, 10 May 2014 22:57:40 +0200 (CEST)
From: Auction House Online <online@auction.example>
To: A. Customer <customer@algonet.example>
Message-ID: <1720339393.202891399755460321.JavaMail.drift@auction.example>
Subject: =?iso-8859-1?Q?=D6verbud_p=E5_katalognr_1420/192?=
MIME-Version: 1.0
Content-Type: text/html; charset=us-ascii
X-Language: sv

<html><body>(the overbid notice)</body></html>

--========/52D6B7EF02FD8374/mm-proxy3.telenor.se--
""",
    [
    rcpt('customer@algonet.example', 'full', 'mailboxfull', '5.2.2', '552',
         '552 RCPT TO:<customer@algonet.example> Mailbox disk quota exceeded',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/skylinemail_dk.eml'
URL = source(REPO, PATH)
N.append(('icewarp-connect', REPO, PATH, """Return-Path: <>
Received: from ec1-route31.net.comendo.com ([89.104.217.186])
	by mail.auction.example (Kerio Connect 8.4.3)
	(using TLSv1 with cipher DHE-RSA-AES256-SHA (256 bits))
	for online-bounce@auction.example;
	Wed, 20 May 2015 15:58:43 +0200
Received: from mscan.skylinemail.dk
        by mscan.skylinemail.dk (IceWarp 11.1.2.0 x64) with SMTP id 201505201558398492
        for <online-bounce@auction.example>; Wed, 20 May 2015 15:58:39 +0200
Date: Wed, 20 May 2015 15:58:39 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@elromail.example>
To: <online-bounce@auction.example>
Message-Id: <97b07cc06627635b8ed11ecd6b1412db-1186234195@mscan.skylinemail.dk>
Subject: Returned mail: could not connect and send the mail to 194.150.115.84
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="1186234195201505181548404522-1186230088_8@mscan.skylinemail.dk"

--1186234195201505181548404522-1186230088_8@mscan.skylinemail.dk
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

The original message was received at Mon, 18 May 2015 15:48:42 +0200

  ----- The following addresses had permanent fatal errors -----
<customer@elromail.example>

  ----- Transcript of session follows -----
554 could not connect and send the mail to 194.150.115.84

--1186234195201505181548404522-1186230088_8@mscan.skylinemail.dk
Content-Type: message/delivery-status

Reporting-MTA: DNS; mscan.skylinemail.dk
Arrival-Date: Mon, 18 May 2015 15:48:42 +0200

Original-Recipient: RFC822; <customer@elromail.example>
Final-Recipient: RFC822; <customer@elromail.example>
Action: failed
Remote-MTA: DNS; 194.150.115.84
Last-Attempt-Date: Wed, 20 May 2015 15:58:39 +0200

--1186234195201505181548404522-1186230088_8@mscan.skylinemail.dk
Content-Type: message/rfc822

Return-Path: <online-bounce@auction.example>
Received: from mail.auction.example ([77.234.168.9])
        by mscan.skylinemail.dk (IceWarp 11.1.2.0 x64) with ESMTP (SSL) id 201505181548394510
        for <customer@elromail.example>; Mon, 18 May 2015 15:48:39 +0200
Date: Mon, 18 May 2015 15:48:37 +0200 (CEST)
From: Auction House Nyhedsbrev <nyhedsbrev@auction.example>
To: A. Customer <customer@elromail.example>
Message-ID: <209430749.40291431956917769.JavaMail.drift@auction.example>
Subject: =?iso-8859-1?Q?Russisk_kunst_fra_f=F8r_revolutionen_p=E5_auktion__?=
MIME-Version: 1.0
Content-Type: text/html; charset=us-ascii
Precedence: bulk

<html><body>(the newsletter)</body></html>

--1186234195201505181548404522-1186230088_8@mscan.skylinemail.dk--

""",
    [
    rcpt('customer@elromail.example', 'retry-later', 'networkerror', '', '554',
         '554 could not connect and send the mail to 194.150.115.84',
         URL, ok=('unknown',))], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/surftown-failure-sample.eml'
URL = source(REPO, PATH)
N.append(('qmail-quota-dk', REPO, PATH, """Received: from in12d.electric.net (89.104.206.13) by
 AM5EUR02FT053.mail.protection.outlook.com (10.152.9.196) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id
 15.20.906.15 via Frontend Transport; Thu, 5 Jul 2018 16:37:47 +0000
Received: from surftown.com (mail.surftown.com [212.97.133.57])
	by mailout-lvl1-01.surftown.com (Postfix) with ESMTP id 523AB601CB
	for <bounces@example.dk>; Thu,  5 Jul 2018 18:37:41 +0200 (CEST)
X-Virus-Scanned: amavisd-new at surftown.com
Received: (qmail 7360 invoked for bounce); 5 Jul 2018 16:37:40 -0000
Date: Thu, 5 Jul 2018 16:37:40 +0000
From: <MAILER-DAEMON@mail10.surf-town.net>
To: <bounces@example.dk>
Content-Type: multipart/mixed;
	boundary="1530808656mail10.surf-town.net319888"
Subject: failure notice
Message-ID: <E1fb7GM-000AmV-5p@in12d.electric.net>
Return-Path: <>
MIME-Version: 1.0

--1530808656mail10.surf-town.net319888
Hi. This is the qmail-send program at mail10.surf-town.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<sample9@example.dk>:
user is over quota


--- Enclosed are the original headers of the message.

--1530808656mail10.surf-town.net319888
Content-Type: message/rfc822

Return-Path: <bounces@example.dk>
Received: (qmail 7318 invoked by uid 399); 5 Jul 2018 16:37:36 -0000
Received: from unknown (HELO mailgw1.surf-town.net) (10.32.12.1)
  by 10.32.10.11 with ESMTP; 5 Jul 2018 16:37:36 -0000
X-Originating-IP: 10.32.12.1
X-Spam-Flag: NO
X-Spam-Score: 0.11
Received: from mx.example.dk (unknown [62.242.147.169])
	by mailgw1.surf-town.net (Postfix) with ESMTPS id 182824E14C
	for <sample9@example.dk>; Thu,  5 Jul 2018 18:37:32 +0200 (CEST)
Content-Type: text/plain
MIME-Version: 1.0

(Body supressed)

--1530808656mail10.surf-town.net319888--
""",
    [
    rcpt('sample9@example.dk', 'full', 'mailboxfull', '', '',
         'user is over quota',
         URL)], 'bounce'))

REPO, PATH = 'osandum/bounce-parser', 'src/test/resources/t-online-quota-sample.eml'
URL = source(REPO, PATH)
N.append(('tonline-quota', REPO, PATH, """Return-Path: <>
Delivered-To: bounce@sys.sender.example
Received: from mail.sender.example
	by mail.sender.example with LMTP
	id AAAAAAAAAAAAAAAAAAAAAAw
	(envelope-from <>)
	for <bounce@sys.sender.example>; Thu, 05 Mar 2026 01:20:52 +0100
Received: from localhost (localhost [127.0.0.1])
	by mail.sender.example (Postfix) with ESMTP id E25982E9860A
	for <bounce@sys.sender.example>; Thu,  5 Mar 2026 00:48:02 +0100 (CET)
Received: from mailout09.t-online.de (mailout09.t-online.de [194.25.134.84])
	by mail.sender.example (Postfix) with ESMTPS id 8D3422E9565E
	for <bounce@sys.sender.example>; Thu,  5 Mar 2026 00:48:02 +0100 (CET)
Received: from mailin31.aul.t-online.de (mailin31.aul.t-online.de [10.223.144.71])
	by mailout09.t-online.de (Postfix) with SMTP id 27D6637A08
	for <bounce@sys.sender.example>; Thu,  5 Mar 2026 00:47:06 +0100 (CET)
X-Failed-Recipients: jdoe@t-online.de
From: Mail Delivery System <Mailer-Daemon@t-online.de>
To: bounce@sys.sender.example
Subject: Mail delivery failed: returning message to sender
Message-Id: <AAAAAAAAAAAAA@mailin31.aul.t-online.de>
Date: Thu, 5 Mar 2026 00:46:38 +0100

|------------------------- Failed addresses follow: ---------------------|
 <jdoe@t-online.de>
   552 5.2.2 <jdoe@t-online.de> Quota exceeded (mailbox for user is full)

|------------------------- Message header follows: ----------------------|
Date: Thu, 5 Mar 2026 00:46:27 +0100 (CET)
From: Example Sender <sender@sender.example>
To: John Doe <jdoe@t-online.de>
Message-ID: <12345678.1772667987429.JavaMail@sender.example>
Subject: Example subject
Content-Type: multipart/related;
	boundary="----=_Part_18141_1614143431.1772667987419"

""",
    [
    rcpt('jdoe@t-online.de', 'full', 'mailboxfull', '5.2.2', '552',
         '552 5.2.2 <jdoe@t-online.de> Quota exceeded (mailbox for user is full)',
         URL)], 'bounce'))

REPO, PATH = 'Phorum/Core', 'issues/275'
URL = source(REPO, PATH)
N.append(('qmail-relay', REPO, PATH, """From: MAILER-DAEMON@ns1.overstable.com
To: member@example.dk
Subject: failure notice
Date: Sat, 11 Mar 2006 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi. This is the qmail-send program at ns1.overstable.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

majordomo@lists.phorum.org:
66.154.98.130 does not like recipient.
Remote host said: 554 majordomo@phorumlists.unixathome.org: Relay access denied
Giving up on 66.154.98.130.

--- Below this line is a copy of the message.

Return-Path: member@example.dk
Received: (qmail 24137 invoked by uid 1004); 11 Mar 2006 03:46:53 -0600
Date: 11 Mar 2006 03:46:53 -0600
Message-ID: 20060311094653.24136.qmail@ns1.overstable.com
To: majordomo@lists.phorum.org
Subject: 
From: member@example.dk
Reply-To: member@example.dk

subscribe announce
""",
    [
    rcpt('majordomo@lists.phorum.org', 'blocked', 'norelaying', '', '554',
         'Remote host said: 554 majordomo@phorumlists.unixathome.org: Relay access denied',
         URL)], 'bounce'))

REPO, PATH = 'Phorum/Core', 'issues/890'
URL = source(REPO, PATH)
N.append(('qmail-greeting', REPO, PATH, """From: MAILER-DAEMON@phorum.org
To: sender@example.com
Subject: failure notice
Date: Sat, 06 Apr 2013 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi. This is the qmail-send program at phorum.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<phorum-announce-request@lists.phorum.org>:
Connected to 64.147.113.42 but greeting failed.
Remote host said: 450 4.7.1 Client host rejected: cannot find your hostname, [67.63.143.243]
I'm not going to try again; this message has been in the queue too long.
""",
    [
    rcpt('phorum-announce-request@lists.phorum.org', 'blocked', 'requireptr', '4.7.1', '450',
         'Connected to 64.147.113.42 but greeting failed. Remote host said: 450 4.7.1 Client host rejected: cannot find your hostname, [67.63.143.243]',
         URL, ok=('retry-later',))], 'bounce'))

REPO, PATH = 'rtcharity/eahub.org', 'issues/1157'
URL = source(REPO, PATH)
N.append(('postfix-migadu', REPO, PATH, """From: MAILER-DAEMON@out2.migadu.com (Mail Delivery System)
To: sender@eahub.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 15 Feb 2021 11:49:49 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host out2.migadu.com.
I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.
For further assistance, please send mail to postmaster.
If you do so, please include this problem report. You can
delete your own text from the attached returned message.
                  The mail system
<member1@eahub.org> (expanded from <admin@eahub.org>): host
   lmtp.migadu.com[2001:41d0:700:675::] said: 550 5.1.1
   <member1@eahub.org> User doesn't exist: member1@eahub.org (in reply
   to RCPT TO command)
<member2@eahub.org> (expanded from <admin@eahub.org>): host
   lmtp.migadu.com[2001:41d0:700:675::] said: 550 5.1.1
   <member2@eahub.org> User doesn't exist: member2@eahub.org (in
   reply to RCPT TO command)
Reporting-MTA: dns; out2.migadu.com
X-Postfix-Queue-ID: 32C4521174
X-Postfix-Sender: rfc822; sender@eahub.org
Arrival-Date: Mon, 15 Feb 2021 11:49:48 +0100 (CET)
Final-Recipient: rfc822; member1@eahub.org
Original-Recipient: rfc822;admin@eahub.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; lmtp.migadu.com
""",
    [
    rcpt('member1@eahub.org', 'invalid', 'userunknown', '5.1.1', '550',
         "550 5.1.1 <member1@eahub.org> User doesn't exist: member1@eahub.org",
         URL),
    rcpt('member2@eahub.org', 'invalid', 'userunknown', '5.1.1', '550',
         "550 5.1.1 <member2@eahub.org> User doesn't exist: member2@eahub.org",
         URL)], 'bounce'))

REPO, PATH = 'SjonHortensius/pfsense', 'issues/52'
URL = source(REPO, PATH)
N.append(('gmail-dns', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Tue, 31 Mar 2015 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Delivery to the following recipient failed permanently:

     owner@example.nl

Technical details of permanent failure: 
DNS Error: Address resolution of example.nl. failed: Domain name not found
""",
    [
    rcpt('owner@example.nl', 'invalid', 'hostunknown', '', '',
         'DNS Error: Address resolution of example.nl. failed: Domain name not found',
         URL)], 'bounce'))

REPO, PATH = 'weg-li/weg-li', 'issues/839'
URL = source(REPO, PATH)
N.append(('exchange-de-relay', REPO, PATH, """From: postmaster@goneo.de
To: sender@example.com
Subject: Unzustellbar: Anzeige
Date: Mon, 13 Jan 2025 10:00:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Diagnoseinformationen für Administratoren:

Generierender Server: smtp8.goneo.de

verkehrsordnungswidrigkeiten@augsburg.de
mailserv1.augsburg.de
Remote server returned '554 5.4.4 <mailserv1.augsburg.de #5.4.4 smtp; 550 5.4.4 Unable to relay>'
""",
    [
    rcpt('verkehrsordnungswidrigkeiten@augsburg.de', 'unknown', 'undefined', '5.4.4', '554',
         "Remote server returned '554 5.4.4 <mailserv1.augsburg.de #5.4.4 smtp; 550 5.4.4 Unable to relay>'",
         URL, ok=('invalid', 'blocked'))], 'bounce'))

REPO, PATH = 'yasm/yasm', 'pull/71'
URL = source(REPO, PATH)
N.append(('postfix-onet', REPO, PATH, """From: MAILER-DAEMON@smtp.poczta.onet.pl (Mail Delivery System)
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Thu, 08 Oct 2015 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host smtp.poczta.onet.pl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                  The mail system

<maintainer@example.net>: host mail.example.net[69.55.226.36] said: 550 5.1.1
    <maintainer@example.net>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
""",
    [
    rcpt('maintainer@example.net', 'invalid', 'userunknown', '5.1.1', '550',
         '550 5.1.1 <maintainer@example.net>: Recipient address rejected: User unknown in local recipient table',
         URL)], 'bounce'))

REPO, PATH = 'zkopru-network/zkopru', 'issues/41'
URL = source(REPO, PATH)
N.append(('gmail-connect-timeout', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Fri, 24 Jul 2020 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Message not delivered

There was a problem delivering your message to security@zkopru.network. See the technical details below.

LEARN MORE

The response was:

The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [zkopru.network 104.198.14.52: timed out]
""",
    [
    rcpt('security@zkopru.network', 'retry-later', 'networkerror', '', '',
         'The recipient server did not accept our requests to connect. [zkopru.network 104.198.14.52: timed out]',
         URL, ok=('unknown',))], 'bounce'))

if __name__ == "__main__":
    write(sys.argv, __file__, 'heldout-wild3', N)
