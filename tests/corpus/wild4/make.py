#!/usr/bin/env python3
"""The notices of tests/corpus/wild4, for ../wild4_set.py to write
(see it and README.md).  usage: make.py [DIR]"""
import base64
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wild4_set import rcpt, source, write  # noqa: E402


def b64(text):
    """text in base64, in lines of 76 characters, as the source had it."""
    s = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


N = []

REPO, PATH = 'jungleran/inmail', 'tests/modules/inmail_test/eml/nouser.eml'
URL = source(REPO, PATH)
N.append(('domino-nouser', REPO, PATH, """Return-Path: <MAILER-DAEMON>
Delivered-To: bounces+user=example.org@example.com
Received: from mx-v.one.com (mx-v.one.com [195.47.247.147])
	by mail160.local (Postfix) with ESMTP id 4F87F3000F5EE7
	for <bounces+user=example.org@example.com>; Wed, 19 Feb 2014 09:05:18 +0000 (UTC)
X-Virus-Scanned: by one.com
X-Greylist: from auto-whitelisted by SQLgrey-1.8.0-rc2
Received: from smtp-chev.acacia.example.org (smtp-chev-out.acacia.example.org [195.101.110.161])
	by mx-v.one.com (Postfix) with ESMTP id 13E4C3496596
	for <bounces+user=example.org@example.com>; Wed, 19 Feb 2014 09:05:17 +0000 (UTC)
Received: from pltvcvylhlvm001.acacia.example (unknown [10.111.9.5])
	by smtp-chev.acacia.example.org (Postfix) with ESMTP id 2F4A916EC94E
	for <bounces+user=example.org@example.com>; Wed, 19 Feb 2014 10:05:17 +0100 (CET)
MIME-Version: 1.0
From: Postmaster@acacia.example.org
To: bounces+user=example.org@example.com
Date: 19 Feb 2014 10:05:15 +0100
Subject: DELIVERY FAILURE: User environment (user@example.org) not listed in
 Domino Directory
X-MIMETrack: Itemize by SMTP Server on EMEA-LH-011/Serv/ACACIA(Release 8.5.3FP2 HF484|February
 13, 2013) at 19/02/2014 10:05:16,
	Serialize by Notes Server on EMEA-LH-011/Serv/ACACIA(Release 8.5.3FP2 HF484|February
 13, 2013) at 19/02/2014 10:05:17,
	Serialize complete at 19/02/2014 10:05:17,
	Serialize by Router on EMEA-LH-011/Serv/ACACIA(Release 8.5.3FP2 HF484|February
 13, 2013) at 19/02/2014 10:05:17
X-TNEFEvaluated: 1
Message-ID: <21386_1392800717_530473CD_21386_78_1_OF72A6C464.8DF6E397-ONC1257C84.0031EBBB-C1257C84.0031EC2C@acacia.example.org>
Content-Type: multipart/report; report-type=delivery-status; boundary="==IFJRGLKFGIR25201654UHRUHIHD"


--==IFJRGLKFGIR25201654UHRUHIHD
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

""" + b64("""Your message

  Subject: We want a toxic-free future

was not delivered to:

  user@example.org

because:

  User environment (user@example.org) not listed in Domino Directory
""") + """

--==IFJRGLKFGIR25201654UHRUHIHD
Content-Type: message/delivery-status

Reporting-MTA: dns;pltvcvylhlvm001.acacia.example

Final-Recipient: rfc822;user@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Notes; User environment (user@example.org) not l
 isted in Domino Directory

--==IFJRGLKFGIR25201654UHRUHIHD
Content-Type: message/rfc822

Received: from smtp-chev.acacia.example.org ([10.111.2.73])
          by pltvcvylhlvm001.acacia.example (Lotus Domino Release 8.5.3FP2 HF484)
          with ESMTP id 2014021910051611-390399 ;
          Wed, 19 Feb 2014 10:05:16 +0100 
MIME-Version: 1.0
From: "Example Sender"
 <admin@example.com>
To: "Example Company"
 <user@example.org>
Date: 19 Feb 2014 10:05:15 +0100
Subject: We want a toxic-free future
Message-ID: <OF72A6C464.8DF6E397-ONC1257C84.0031EBBB-C1257C84.0031EC2C@acacia.example.org>
Content-Type: text/plain; charset=utf-8

Dear Madam/Sir,

--==IFJRGLKFGIR25201654UHRUHIHD--
""",
    [
    rcpt('user@example.org', 'invalid', 'userunknown', '5.1.1', '',
         'User environment (user@example.org) not listed in Domino Directory',
         URL)], 'bounce'))

REPO, PATH = 'jungleran/inmail', 'tests/modules/inmail_test/eml/simple-autoreply.eml'
URL = source(REPO, PATH)
N.append(('sieve-vacation', REPO, PATH, """Delivered-To: sender@example.com
Received: by 10.194.77.73 with SMTP id q9csp919173wjw;
        Tue, 3 Mar 2015 15:24:53 -0800 (PST)
Return-Path: <>
Received: by s482.loopia.se (Postfix, from userid 5001)
	id 61071D02F32; Wed,  4 Mar 2015 00:24:48 +0100 (CET)
Message-Id: <dovecot-sieve-1425425088-363907-0@s482.loopia.se>
Date: Wed, 04 Mar 2015 00:24:48 +0100
From: Nancy <nancy@example.com>
To: Example Sender <sender@example.com>
Subject: Out of office
In-Reply-To: <CAFZOsfNCeJ+=e3gngmXf7xGGmG6r+pjNHvYdjh+WhQwSZ1G_qA@mail.gmail.com>
References: <CAFZOsfNCeJ+=e3gngmXf7xGGmG6r+pjNHvYdjh+WhQwSZ1G_qA@mail.gmail.com>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
Mime-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVsbG8KSSdtIG91dCBvZiBvZmZpY2UgZHVlIHRvIGlsbG5lc3M=

""", [], 'autoreply'))

REPO, PATH = 'jungleran/inmail', 'tests/modules/bounce_processing_test/eml/accessdenied.eml'
URL = source(REPO, PATH)
N.append(('postfix-clienthost-denied', REPO, PATH, """Return-Path: <MAILER-DAEMON>
Delivered-To: sender@example.se
Received: from mx-v.one.com (mx-v.one.com [195.47.247.147])
	by mail160.local (Postfix) with ESMTP id 799FE3001FF63B
	for <sender@example.se>; Wed, 19 Feb 2014 09:05:17 +0000 (UTC)
X-Virus-Scanned: by one.com
X-Greylist: from auto-whitelisted by SQLgrey-1.8.0-rc2
Received: from kyle.greenpeace.org (kyle.greenpeace.org [194.0.197.22])
	by mx-v.one.com (Postfix) with ESMTP id 3EFC43496589
	for <sender@example.se>; Wed, 19 Feb 2014 09:05:17 +0000 (UTC)
Received: by kyle.greenpeace.org (Postfix)
	id 7C15F1C042E; Wed, 19 Feb 2014 10:05:16 +0100 (CET)
Date: Wed, 19 Feb 2014 10:05:16 +0100 (CET)
From: mailer-daemon-kyle+sgreenpe@smtp-gw.greenpeace.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sender@example.se
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="290C41C0414.1392800716/kyle.greenpeace.org"
Message-Id: <20140219090516.7C15F1C042E@kyle.greenpeace.org>

This is a MIME-encapsulated message.

--290C41C0414.1392800716/kyle.greenpeace.org
Content-Description: Notification
Content-Type: text/plain

This is the Postfix program at host kyle.greenpeace.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

			The Postfix program

<contatti.legnano@example.it>: host mx1.example.it[62.94.82.91] said:
    554 5.7.1 <kyle.greenpeace.org[194.0.197.22]>: Client host rejected: Access
    denied (in reply to RCPT TO command)

--290C41C0414.1392800716/kyle.greenpeace.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; kyle.greenpeace.org
X-Postfix-Queue-ID: 290C41C0414
X-Postfix-Sender: rfc822; sender@example.se
Arrival-Date: Wed, 19 Feb 2014 10:05:16 +0100 (CET)

Final-Recipient: rfc822; contatti.legnano@example.it
Action: failed
Status: 5.0.0
Diagnostic-Code: X-Postfix; host mx1.example.it[62.94.82.91] said: 554
    5.7.1 <kyle.greenpeace.org[194.0.197.22]>: Client host rejected: Access
    denied (in reply to RCPT TO command)

--290C41C0414.1392800716/kyle.greenpeace.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

Received: from p3-web-04 (unknown [10.255.250.64])
	by kyle.greenpeace.org (Postfix) with ESMTP id 290C41C0414
	for <contatti.legnano@example.it>; Wed, 19 Feb 2014 10:05:16 +0100 (CET)
MIME-Version: 1.0
From: "Example Sender"
 <sender@example.se>
To: "Example Company"
 <contatti.legnano@example.it>
Date: 19 Feb 2014 10:05:15 +0100
Subject: We want a toxic-free future
Content-Type: text/plain; charset=utf-8
Message-Id: <20140219090516.290C41C0414@kyle.greenpeace.org>

Dear Madam/Sir,

--290C41C0414.1392800716/kyle.greenpeace.org--
""",
    [
    rcpt('contatti.legnano@example.it', 'blocked', 'blocked', '5.0.0', '554',
         '554 5.7.1 <kyle.greenpeace.org[194.0.197.22]>: Client host rejected: Access denied',
         URL)], 'bounce'))

REPO, PATH = 'jungleran/inmail', 'tests/modules/bounce_processing_test/eml/full.eml'
URL = source(REPO, PATH)
N.append(('telia-full', REPO, PATH, """Return-Path: <MAILER-DAEMON>
Delivered-To: sender@example.se
Received: from mx-r.one.com (mx-r.one.com [91.198.169.249])
	by mail160.local (Postfix) with ESMTP id 12BE43028577
	for <sender@example.se>; Wed,  8 Jan 2014 13:42:56 +0100 (CET)
X-Virus-Scanned: by one.com
X-Greylist: from auto-whitelisted by SQLgrey-1.8.0-rc2
Received: from smtp-out21.han.skanova.net (smtp-out21.han.skanova.net [195.67.226.208])
	by mx-r.one.com (Postfix) with ESMTP id E31DF23B4E512
	for <sender@example.se>; Wed,  8 Jan 2014 12:42:55 +0000 (UTC)
Received: from smtp-in13.han.skanova.net (195.67.226.254) by smtp-out21.han.skanova.net (8.5.133)
        id 52C05583002C201C for sender@example.se; Wed, 8 Jan 2014 13:42:55 +0100
Received: by smtp-in13.han.skanova.net (8.5.133) id 528515BF03161E49 for sender@example.se; Wed, 8 Jan 2014 13:42:55 +0100
From: Mail Delivery Service <postmaster@pne.skanova.net>
Subject: Delivery Status Notification
To: sender@example.se
Date: Wed, 8 Jan 2014 13:42:55 +0100
Message-ID: <528515BF03161E48@smtp-in13.han.skanova.net>
X-CP-Transaction-ID: 528515BF03161E46
X-CP-For: masked4@example.net
MIME-Version: 1.0
Content-Type: Multipart/Report; report-type=delivery-status; boundary="========/528515BF03161E46/smtp-in13.han.skanova.net"

This multi-part MIME message contains a Delivery Status Notification.
If you can see this text, your mail client may not be able to understand MIME
formatted messages or DSNs (see RFC 2045 through 2049 for general MIME
information and RFC 1891 through 1894 for DSN specific information).

--========/528515BF03161E46/smtp-in13.han.skanova.net
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

 - These recipients of your message have been processed by the mail server:
bounce_processing_test@example.com; Failed; 5.2.2 (mailbox full)

    Remote MTA ms5.han.skanova.net: SMTP diagnostic: 552 RCPT TO:<masked4@example.net> Mailbox disk quota exceeded



--========/528515BF03161E46/smtp-in13.han.skanova.net
Content-Type: Message/Delivery-Status

Reporting-MTA: dns; smtp-in13.han.skanova.net
Received-from-MTA: dns; alexander.fl-net.se (212.28.192.70)
Arrival-Date: Wed, 8 Jan 2014 13:42:55 +0100

Final-Recipient: rfc822;bounce_processing_test@example.com
Action: Failed
Status: 5.2.2 (mailbox full)
Remote-MTA: dns; ms5.han.skanova.net
Diagnostic-Code: smtp; 552 RCPT TO:<masked4@example.net> Mailbox disk quota exceeded

--========/528515BF03161E46/smtp-in13.han.skanova.net
Content-Type: Text/RFC822-headers

Return-Path: <sender@example.se>
Received: from alexander.fl-net.se (212.28.192.70) by smtp-in13.han.skanova.net (8.5.133)
        id 528515BF03161E46 for bounce_processing_test@example.com; Wed, 8 Jan 2014 13:42:55 +0100
Delivered-To: sverigemail-recipient@example.nu
Precedence: bulk
Message-ID: <52CD47AA.7020408@example.se>
Date: Wed, 08 Jan 2014 13:42:18 +0100
From: Example Sender <sender@example.se>
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:24.0) Gecko/20100101 Thunderbird/24.2.0
MIME-Version: 1.0
To: Example Person <person@example.se>
CC: group@example.se
Subject: Re: Fwd: Ny internetbokning
References: <52CD2DA9.6050801@example.se> <52CD3EE5.1040303@example.se>
In-Reply-To: <52CD3EE5.1040303@example.se>
Content-Type: multipart/alternative;
 boundary="------------060603040003030703010808"


--========/528515BF03161E46/smtp-in13.han.skanova.net--

""",
    [
    rcpt('bounce_processing_test@example.com', 'full', 'mailboxfull', '5.2.2', '552',
         '552 RCPT TO:<masked4@example.net> Mailbox disk quota exceeded',
         URL)], 'bounce'))

REPO, PATH = 'hestiacp/hestiacp', 'issues/2828'
URL = source(REPO, PATH)
N.append(('exim-delay', REPO, PATH, """From: Mail Delivery System <Mailer-Daemon@hcp.example.tk>
To: administrator@example.tk
Subject: Warning: message 1oGDan-0043iD-UY delayed 72 hours
Date: Fri, 29 Jul 2022 11:30:00 +0530
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its recipients after more than 72 hours on the queue on hcp.example.tk.

The message identifier is:     1oGDan-0043iD-UY
The date of the message is:    Tue, 26 Jul 2022 11:28:53 +0530
The subject of the message is: Re: test

The address to which the message has not yet been delivered is:

  recipient@gmail.com

No action is required on your part.
""", [], 'delayed'))

REPO, PATH = 'strands-project/mongodb_store', 'issues/80'
URL = source(REPO, PATH)
N.append(('exim-unrouteable', REPO, PATH, """From: Mail Delivery System <Mailer-Daemon@vernius.lincoln.ac.uk>
To: sender@example.net
Subject: Mail delivery failed: returning message to sender
Date: Thu, 21 Aug 2014 13:46:00 +0100
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  nah@todo.todo
    Unrouteable address
""",
    [
    rcpt('nah@todo.todo', 'invalid', 'hostunknown', '', '',
         'Unrouteable address', URL)], 'bounce'))

REPO, PATH = 'php-mime-mail-parser/php-mime-mail-parser', 'tests/mails/failure.eml'
URL = source(REPO, PATH)
N.append(('exchange-ja-truncated', REPO, PATH, """From: <foo@bar.de>
To: <foo@bar.de>
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2bd35790-9057-4632-abe3-a437bbc1e047"

--2bd35790-9057-4632-abe3-a437bbc1e047
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="7d6f9b31-044c-445f-9b52-1908a16f0ac9"

--7d6f9b31-044c-445f-9b52-1908a16f0ac9
Content-Type: text/plain; charset="gb2312"
Content-Transfer-Encoding: quoted-printable

=B4=CE=A4=CE=CA=DC=D0=C5=D5=DF=A4=DE=A4=BF=A4=CF=A5=B0=A5=EB=A9`=A5=D7=A4=
=D8=A4=CE=C5=E4=D0=C5=A4=CB=CA=A7=94=A1=A4=B7=A4=DE=A4=B7=A4=BF:

""", [], 'bounce'))

REPO, PATH = 'SpamScope/mail-parser', 'tests/mails/mail_test_3'
URL = source(REPO, PATH)
N.append(('watchguard-spam-ordinary', REPO, PATH, """Return-Path: <sender@example.com.tr>
Delivered-To: recipient@example.it
Received: (qmail 13850 invoked from network); 22 Aug 2016 13:56:15 -0000
Received: from 67.175.76.202.static.randtelekom.com.tr (67.175.76.202)
  by smtp.server.net with SMTP; 22 Aug 2016 13:56:15 -0000
Date: Mon, 22 Aug 2016 16:56:09 +0300
From: "Example Sender" <sender@example.com.tr>
To: recipient@example.it
Message-ID: <8AF5A2192C2A46BE.2743cdb5-7033-d969-fce8-c552542a49a3@mail.outlook.com>
Subject: Hi there
MIME-Version: 1.0
Content-Type: multipart/mixed;
	boundary="----=_NextPart_000_0010_01D1FC96.14E54A00"
X-Mailer: Outlook for iOS and Android

------=_NextPart_000_0010_01D1FC96.14E54A00
Content-Type: multipart/alternative;
	boundary="----=_NextPart_001_0011_01D1FC96.14E54A00"

------=_NextPart_001_0011_01D1FC96.14E54A00
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-WatchGuard-AntiVirus: part scanned. clean action=allow

I am sending you the bills of the goods we delivered to you in the =
attachment

------=_NextPart_001_0011_01D1FC96.14E54A00
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit
X-WatchGuard-AntiVirus: part scanned. clean action=allow

<p dir="auto">I am sending you the bills of the goods we delivered to you in the attachment</p>

------=_NextPart_001_0011_01D1FC96.14E54A00--

------=_NextPart_000_0010_01D1FC96.14E54A00
Content-Type: text/plain; name="message.txt"; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
Content-Disposition: inline


The WatchGuard Firebox that protects your network has detected a message =
that may not be safe.

Cause : The file type may not be safe.
Content type : application/x-compressed
File name    : export_pdf_ 65acf801~.js
Status       : File Name violation
Action       : The Firebox deleted export_pdf_ 65acf801~.js.

Your network administrator can not restore this attachment.


------=_NextPart_000_0010_01D1FC96.14E54A00--
""", [], 'notbounce'))

if __name__ == "__main__":
    write(sys.argv, __file__, 'wild4', N)
