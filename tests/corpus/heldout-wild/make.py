#!/usr/bin/env python3
"""The notices of tests/corpus/heldout-wild, for ../wild_set.py to write
(see it and README.md).  usage: make.py [DIR]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wild_set import postfix_intro, rcpt, text_notice, write  # noqa: E402,F401

N = []

URL = "https://github.com/The-McGrail-Foundation/MIMEDefang/issues/25"
N.append(("comcast-dsn", URL, """From: Mail Delivery System <MAILER-DAEMON@resqmta-ch2-09v.sys.example.net>
To: shiva@example.com
Subject: Delivery Status Notification
Date: Thu, 04 Mar 2021 19:19:01 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn-boundary"

--dsn-boundary
Content-Type: message/delivery-status

Reporting-MTA: dns; resqmta-ch2-09v.sys.example.net [192.0.2.41]
Received-From-MTA: dns; resomta-ch2-09v.sys.example.net [192.0.2.105]
Arrival-Date: Thu, 04 Mar 2021 19:18:52 +0000

Final-recipient: rfc822; mimedefang@lists.example.com
Diagnostic-Code: smtp; 451 4.3.0 <shiva@example.com>... First-time sender tempfailed as anti-spam measure; please try again

Last-attempt-Date: Thu, 04 Mar 2021 19:19:01 +0000

--dsn-boundary--
""", [rcpt("mimedefang@lists.example.com", "retry-later", "undefined",
           "4.3.0", "451", "451 4.3.0 <shiva@example.com>... First-time "
           "sender tempfailed as anti-spam measure; please try again",
           URL)], "bounce"))

URL = "https://github.com/forwardemail/free-email-forwarding/issues/70"
N.append(("dfn-template", URL, text_notice(
    "postmaster@outlook.example.com", "Delivery failure", """This is a delivery failure notification message indicating that an email you addressed to email address :
-- avi@realty.example.com

could not be delivered. The problem appears to be :
-- Recipient email address is possibly incorrect

Additional information follows :
-- queryTxt ESERVFAIL realty.example.com

This condition occurred after 1 attempt(s) to deliver over a period of 0 hour(s).

If you sent the email to multiple recipients, you will receive one of these messages for each one which failed delivery,  otherwise they have been sent.
""", date="Wed, 12 Dec 2018 10:00:00 +0000"),
    [rcpt("avi@realty.example.com", "retry-later", "networkerror", "", "",
          "queryTxt ESERVFAIL", URL)], "bounce"))

URL = "https://github.com/ronbeltran/bounce_email/blob/master/tests/bounces/tt_bounce_05.txt"
N.append(("communigate", URL, """Return-Path: <>
Received: from smtp2.apollo.example.lv (smtp2.apollo.example.lv [192.0.2.229])
        by mx.example.com with ESMTP id 55si1194537ugq.2007.05.08.09.35.27;
        Tue, 08 May 2007 09:35:27 -0700 (PDT)
X-Virusscan: Clamd
Subject: Undeliverable mail: Labdien!
From: <MAILER-DAEMON@smtp2.apollo.example.lv>
To: <agris@example.com>
Date: Tue, 08 May 2007 19:35:27 +0300
Message-ID: <receipt-92533048@smtp2.apollo.example.lv>
X-MAPI-Message-Class: REPORT.IPM.Note.NDR
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; boundary="_===92533048====smtp2.apollo.example.lv===_"


--_===92533048====smtp2.apollo.example.lv===_
Content-Type: text/plain; charset="utf-8"

Failed to deliver to 'evor@apollo.example.lv'
SMTP module(domain pop.apollo.example.lv) reports:
 host pop.apollo.example.lv says:
 550 evor@apollo.example.lv unknown user account


--_===92533048====smtp2.apollo.example.lv===_
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp2.apollo.example.lv

Original-Recipient: rfc822;<evor@apollo.example.lv>
Final-Recipient: rfc822;<evor@apollo.example.lv>
Action: failed
Status: 5.0.0

--_===92533048====smtp2.apollo.example.lv===_
Content-Type: message/rfc822
Received: from wr-out-0506.example.com ([192.0.2.231] verified)
  by smtp2.apollo.example.lv (CommuniGate Pro SMTP 5.0.10)
  with ESMTP id 92533044 for evor@apollo.example.lv; Tue, 08 May 2007 19:35:26 +0300
Message-ID: <da9602510705080935y75e7b3b3if8b741acc2298fff@mail.example.com>
Date: Tue, 8 May 2007 19:35:16 +0300
From: "Agris" <agris@example.com>
To: evor@apollo.example.lv
Subject: Labdien!
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-13; format=flowed
Content-Transfer-Encoding: base64

TGFiZGllbiEK

--_===92533048====smtp2.apollo.example.lv===_--
""", [rcpt("evor@apollo.example.lv", "invalid", "userunknown", "5.0.0", "550",
           "550 evor@apollo.lv unknown user account", URL)], "bounce"))

URL = "https://github.com/ronbeltran/bounce_email/blob/master/tests/bounces/tt_bounce_13.txt"
N.append(("iis-smtpsvc", URL, """Return-Path: <>
Received: from EXCH.example.lv (mail.example.lv [192.0.2.22])
        by mx.example.com with ESMTP id h7si1530964nfh.2007.09.13.23.26.27;
        Thu, 13 Sep 2007 23:26:28 -0700 (PDT)
From: postmaster@example.lv
To: agris@example.com
Date: Fri, 14 Sep 2007 09:46:02 +0300
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9B095B5ADSN=_01C7DED0EB082C7600015D0ALVAEI?EXCH.lvaei"
X-DSNContext: 7ce717b1 - 1158 - 00000002 - 00000000
Message-ID: <qAc4lhwxR00001e15@EXCH.example.lv>
Subject: Delivery Status Notification (Failure)

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01C7DED0EB082C7600015D0ALVAEI?EXCH.lvaei
Content-Type: text/plain; charset=unicode-1-1-utf-7

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       ilzeB@example.lv




--9B095B5ADSN=_01C7DED0EB082C7600015D0ALVAEI?EXCH.lvaei
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH.example.lv
Received-From-MTA: dns;py-out-1112.example.com
Arrival-Date: Fri, 14 Sep 2007 09:46:01 +0300

Final-Recipient: rfc822;ilzeB@example.lv
Action: failed
Status: 5.2.2
X-Display-Name: Ilze B.


--9B095B5ADSN=_01C7DED0EB082C7600015D0ALVAEI?EXCH.lvaei
Content-Type: message/rfc822
Received: from py-out-1112.example.com ([192.0.2.181]) by EXCH.example.lv with Microsoft SMTPSVC(6.0.3790.1830);
\t Fri, 14 Sep 2007 09:46:01 +0300
Message-ID: <da9602510709132326l27c896abp48d2df677b444d1b@mail.example.com>
Date: Fri, 14 Sep 2007 09:26:20 +0300
From: "Agris" <agris@example.com>
To: agris@example.com
Subject: =?UTF-8?Q?15.septembr=C4=AB_neaizmirstams_pas=C4=81kums!?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

...

--9B095B5ADSN=_01C7DED0EB082C7600015D0ALVAEI?EXCH.lvaei--
""", [rcpt("ilzeB@example.lv", "full", "mailboxfull", "5.2.2", "", "", URL)],
      "bounce"))

URL = "https://github.com/ronbeltran/bounce_email/blob/master/tests/bounces/tt_bounce_16.txt"
N.append(("postfix-maildir", URL, """Return-Path: <>
Received: by blackbird.example.lv (Postfix)
\tid 39C5162006D; Thu, 13 Sep 2007 08:25:32 +0300 (EEST)
Date: Thu, 13 Sep 2007 08:25:32 +0300 (EEST)
From: MAILER-DAEMON@blackbird.example.lv (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: agris@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="EC740620064.1189661132/blackbird.example.lv"
Message-Id: <20070913052532.39C5162006D@blackbird.example.lv>

This is a MIME-encapsulated message.

--EC740620064.1189661132/blackbird.example.lv
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

""" + postfix_intro('blackbird.example.lv') + """<jekaterina@tv5.example.lv> (expanded from <notikums@tv5.example.lv>): maildir delivery failed:
    Sorry, the user's maildir has overdrawn his diskspace quota, please try
    again later.

--EC740620064.1189661132/blackbird.example.lv
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; blackbird.example.lv
X-Postfix-Queue-ID: EC740620064
X-Postfix-Sender: rfc822; agris@example.com
Arrival-Date: Thu, 13 Sep 2007 08:25:29 +0300 (EEST)

Final-Recipient: rfc822; jekaterina@tv5.example.lv
Original-Recipient: rfc822;notikums@tv5.example.lv
Action: failed
Status: 5.2.3
Diagnostic-Code: X-Postfix; maildir delivery failed: Sorry, the user's maildir
    has overdrawn his diskspace quota, please try again later.

--EC740620064.1189661132/blackbird.example.lv
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Received: from hu-out-0506.example.com (hu-out-0506.example.com [192.0.2.233])
\tby blackbird.example.lv (Postfix) with ESMTP id 1B48675C04F
\tfor <notikums@tv5.example.lv>; Thu, 13 Sep 2007 08:25:29 +0300 (EEST)
Message-ID: <da9602510709122225p7ffafeb9uf34d41aa3ce5f9e2@mail.example.com>
Date: Thu, 13 Sep 2007 08:25:04 +0300
From: "Agris" <agris@example.com>
To: agris@example.com
Subject: =?ISO-8859-13?Q?15.septembr=EE_Studentu_P=E2rtijs!?=
MIME-Version: 1.0
Content-Type: multipart/mixed; 
\tboundary="----=_Part_8802_28973416.1189661104602"
X-Spam-Status: No

--EC740620064.1189661132/blackbird.example.lv--
""", [rcpt("jekaterina@tv5.example.lv", "full", "mailboxfull", "5.2.3", "",
           "maildir delivery failed: Sorry, the user's maildir has overdrawn "
           "his diskspace quota, please try again later.", URL,
           ok=("retry-later",))], "bounce"))

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/sendmail-dsn-hdrs-delivered.eml"
N.append(("sendmail-relayed", URL, """From MAILER-DAEMON@example.com Thu Jan  1 17:19:04 2015
Received: from localhost (localhost)
\tby example.com (8.14.4/8.14.4) id t01HJ48p012774;
\tThu, 1 Jan 2015 17:19:04 GMT
Date: Thu, 1 Jan 2015 17:19:04 GMT
From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>
Message-Id: <201501011719.t01HJ48p012774@example.com>
To: <bouncebacks+MjAxNTAxMDEwMDAwMDAwMDQ39a66e5b6@example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="t01HJ48p012774.1420132744/example.com"
Subject: Return receipt
Auto-Submitted: auto-generated (return-receipt)

This is a MIME-encapsulated message

--t01HJ48p012774.1420132744/example.com

The original message was received at Thu, 1 Jan 2015 17:18:55 GMT
from example.com [127.0.0.1]

   ----- The following addresses had successful delivery notifications -----
<externaluser@example.net>  (relayed to non-DSN-aware mailer)

   ----- Transcript of session follows -----
<externaluser@example.net>... relayed; expect no further notifications

--t01HJ48p012774.1420132744/example.com
Content-Type: message/delivery-status

Original-Envelope-Id: MjAxNTAxMDEwMDAwMDAwMDQ39a66e5b6
Reporting-MTA: dns; example.com
Received-From-MTA: DNS; example.com
Arrival-Date: Thu, 1 Jan 2015 17:18:55 GMT

Final-Recipient: RFC822; externaluser@example.net
Action: relayed (to non-DSN-aware mailer)
Status: 2.1.5
Remote-MTA: DNS; aspmx.l.example.com
Diagnostic-Code: SMTP; 250 2.1.5 OK un10si29151402wjc.103 - gsmtp
Last-Attempt-Date: Thu, 1 Jan 2015 17:19:04 GMT

--t01HJ48p012774.1420132744/example.com
Content-Type: text/rfc822-headers

Return-Path: <bouncebacks+MjAxNTAxMDEwMDAwMDAwMDQ39a66e5b6@example.com>
Received: from example.com (example.com [127.0.0.1])
\tby example.com (8.14.4/8.14.4) with ESMTP id t01HIt8p012772
\tfor <externaluser@example.net>; Thu, 1 Jan 2015 17:18:55 GMT
Date: Thu, 1 Jan 2015 17:18:54 GMT
Message-Id: <201501011718.t01HIsAS012771@example.com>
To: externaluser@example.net
Subject: test subject
From: system Notifications <notify@example.com>

--t01HJ48p012774.1420132744/example.com--

""", [], "delivered"))

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/sendmail-dsn-hdrs-552-allaboutspam.eml"
N.append(("sendmail", URL, """From MAILER-DAEMON@example.com Thu Jan  1 17:39:39 2015
Received: from localhost (localhost)
\tby example.com (8.14.4/8.14.4) id t01HdPBk016316;
\tThu, 1 Jan 2015 17:39:39 GMT
Date: Thu, 1 Jan 2015 17:39:39 GMT
From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>
Message-Id: <201501011739.t01HdPBk016316@example.com>
To: <bouncebacks+MjAxNTAxMDEwMDAwMDAwMDQ39a66e5b6@example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="t01HdPBk016316.1420133979/example.com"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--t01HdPBk016316.1420133979/example.com

The original message was received at Thu, 1 Jan 2015 17:34:52 GMT
from example.com [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<test@allaboutspam.example.com>
    (reason: 552-Thanks for using ALLABOUTSPAM.COM Email server test. Your test results are)

   ----- Transcript of session follows -----
... while talking to mx.allaboutspam.example.com.:
>>> DATA
<<< 552-Thanks for using ALLABOUTSPAM.COM Email server test. Your test results are
<<< 552 available at http://www.allaboutspam.example.com/email-server-test-report/?key=xxxxxxxx
554 5.0.0 Service unavailable

--t01HdPBk016316.1420133979/example.com
Content-Type: message/delivery-status

Original-Envelope-Id: MjAxNTAxMDEwMDAwMDAwMDQ39a66e5b6
Reporting-MTA: dns; example.com
Arrival-Date: Thu, 1 Jan 2015 17:34:52 GMT

Final-Recipient: RFC822; test@allaboutspam.example.com
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mx.allaboutspam.example.com
Diagnostic-Code: SMTP; 552-Thanks for using ALLABOUTSPAM.COM Email server test. Your test results are
Last-Attempt-Date: Thu, 1 Jan 2015 17:39:39 GMT

--t01HdPBk016316.1420133979/example.com
Content-Type: text/rfc822-headers

Return-Path: <bouncebacks+MjAxNTAxMDEwMDAwMDAwMDQ39a66e5b6@example.com>
Date: Thu, 1 Jan 2015 17:34:49 GMT
Message-Id: <201501011734.t01HYngQ016288@example.com>
To: test@allaboutspam.example.com
Subject: test subject
From: Example Notifications <example@example.com>

--t01HdPBk016316.1420133979/example.com--

""", [rcpt("test@allaboutspam.example.com", "unknown", "undefined", "5.2.2",
           "552", "552-Thanks for using ALLABOUTSPAM.COM Email server test. "
           "Your test results are", URL)], "bounce"))

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/vac1.eml"
N.append(("sieve-vacation", URL, """Return-Path: <>
Delivered-To: support@example-sender.com
Received: (qmail 25576 invoked from network); 16 Sep 2014 14:24:16 -0000
Received: from unknown (HELO mx.example-mailserver.com) (10.1.111.3)
  by inboundmx01.local with SMTP; 16 Sep 2014 14:24:16 -0000
Received: from gate.forward.smtp.example.com ([192.0.2.12])
  by mx.example-mailserver.com with ESMTP/TLS/DHE-RSA-AES256-SHA; 16 Sep 2014 14:24:16 +0000
Return-Path: <>
X-Virus-Scanned: OK
Received: by store52a.mail.example.com (SMTP Server, from userid 5000)
        id 48DC43B00EC; Tue, 16 Sep 2014 10:24:14 -0400 (EDT)
X-Sieve: Pigeonhole Sieve 0.4.2
Message-ID: <dovecot-sieve-1410877454-242323-0@store52a.mail.example.com>
Date: Tue, 16 Sep 2014 10:24:14 -0400
From: <user@example.com>
To: <support@example-sender.com>
Subject: Re: Tell us your your opinions
In-Reply-To: <SPWEB325ce9869338d94a57b3b663037176fc28@SPWEB32>
References: <SPWEB325ce9869338d94a57b3b663037176fc28@SPWEB32>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello!

Thank you for contacting us in West Oakville!
We have received your inquiry and will be contacting you within 24 hours. Hopefully today!

Thanks!
Jane""", [], "autoreply"))

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/hotmailbounce.txt"
N.append(("hotmail-jmrp", URL, """Received: (qmail 13873 invoked from network); 30 Jun 2010 17:37:37 -0000
Received: from bay0-omc2-s22.bay0.example.com ([192.0.2.97])
  by mailprod.example.com with ESMTP; 30 Jun 2010 10:38:04 -0700
Date: Wed, 30 Jun 10 10:38:06 -0700
From: staff@hotmail.example.com
Subject: complaint about message from 198.51.100.17
To: fbl-abuse@example.com
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="F484BCB3-CE4F-4E2D-9A8E-B18786277C43"
Return-Path: staff@hotmail.example.com
Message-ID: <BAY0-OMC2-S22jHNuQu001a0ed8@bay0-omc2-s22.bay0.example.com>

--F484BCB3-CE4F-4E2D-9A8E-B18786277C43
Content-Type: message/rfc822
Content-Disposition: inline

X-HmXmrOriginalRecipient: spamreportinguser@hotmail.example.com
X-Reporter-IP: 198.51.100.31
X-Message-Status: n:0
X-SID-PRA: Blah Blah <support@example.com>
X-AUTH-Result: NONE
Received: from example.com ([192.0.2.12]) by bay0-mc2-f46.Bay0.example.com with Microsoft SMTPSVC(6.0.3790.4675);
         Wed, 30 Jun 2010 08:51:03 -0700
Return-Path: <support@example.com>
From: "BuildingMaterialsTalk" <support@example.com>
To: "spamreportinguser@hotmail.example.com" <spamreportinguser@hotmail.example.com>
Date: Wed, 30 Jun 2010 08:35:33 -0700
Subject: Some Subject Line
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
X-RCPT-TO: <spamreportinguser@hotmail.example.com>
Message-ID: <WEB7-Qf2039815c40c40a0b68b37831d7c711c@web7-q>

 xx Original Text content here xx

--F484BCB3-CE4F-4E2D-9A8E-B18786277C43

""", [rcpt("spamreportinguser@hotmail.example.com", "complaint", "feedback",
           "", "", "", URL)], "feedback"))

URL = "https://github.com/mailcow/mailcow-dockerized/issues/471"
N.append(("postfix-rcimx", URL, text_notice(
    "MAILER-DAEMON@mail.example.com (Mail Delivery System)",
    "Undelivered Mail Returned to Sender", postfix_intro('mail.example.com') + """<andyevans@mechanical.example.net>: host
    mechanical.example.net.mx1.inddc.example.net[192.0.2.98] said: 554 Failed:
    Malformed MIME field: ARC-Message-Signature: i=1; a=rsa-sha256;
    c=relaxed/relaxed [0x0D] ... (in reply to end of DATA command)
""", date="Wed, 26 Jul 2017 10:00:00 +0000"),
    [rcpt("andyevans@mechanical.example.net", "content", "contenterror", "",
          "554", "554 Failed: Malformed MIME field: ARC-Message-Signature: "
          "i=1; a=rsa-sha256; c=relaxed/relaxed [0x0D] ...", URL)],
    "bounce"))

URL = "https://github.com/mailgun/flanker/blob/master/tests/fixtures/messages/bounce/broken-mime.eml"
N.append(("postmaster-attempts", URL, """X-Envelope-From: <>
Date: Mon,  9 Jul 2012 22:37:56 -0700
Message-Id: <11207092237.AA1808414764@example.com>
Mime-Version: 1.0
Content-Type: text/plain; charset=us-ascii
From: "Postmaster" <postmaster@example.com>
Sender: <postmaster@example.com>
To: <support@afw.example.com>
Subject: Undeliverable Mail

Delivery failed 10 attempts: info@example.net


Original message follows.

MIME-Version: 1.0
From: support@afw.example.com
To: info@example.net
Date: 9 Jul 2012 18:25:13 -0700
Subject: Hey
Content-Type: text/html; charset=us-ascii
Content-Transfer-Encoding: quoted-printable

Hey there

""", [rcpt("info@example.net", "retry-later", "expired", "", "",
           "Delivery failed 10 attempts", URL)], "bounce"))

URL = "https://github.com/civicrm/civicrm-core/blob/master/tests/phpunit/CRM/Utils/Mail/data/bounces/test_sample_message.eml"
N.append(("ordinary-html", URL, """Return-Path: <mlemos@example.org>
To: b.2.1.aaaaaaaaaaaaaaaa@example.com
Subject: Testing Manuel Lemos' MIME E-mail composing and sending PHP class: HTML message
From: mlemos <mlemos@example.org>
Reply-To: mlemos <mlemos@example.org>
Sender: mlemos@example.org
X-Mailer: http://www.phpclasses.org/mimemessage $Revision: 1.63 $ (mail)
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="652b8c4dcb00cdcdda1e16af36781caf"
Message-ID: <20050430192829.0489.mlemos@example.org>
Date: Sat, 30 Apr 2005 19:28:29 -0300


--652b8c4dcb00cdcdda1e16af36781caf
Content-Type: multipart/related; boundary="6a82fb459dcaacd40ab3404529e808dc"


--6a82fb459dcaacd40ab3404529e808dc
Content-Type: multipart/alternative; boundary="69c1683a3ee16ef7cf16edd700694a2f"


--69c1683a3ee16ef7cf16edd700694a2f
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

This is an HTML message. Please use an HTML capable mail program to read
this message.

--69c1683a3ee16ef7cf16edd700694a2f
Content-Type: text/html; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<title>Testing Manuel Lemos' MIME E-mail composing and sending PHP class: H=
TML message</title>
</head>
<body>
<center><h1>Testing Manuel Lemos' MIME E-mail composing and sending PHP cla=
ss: HTML message</h1></center>
<hr>
<P>Hello Manuel,<br><br>
This message is just to let you know that the <a href=3D"http://www.phpclas=
ses.org/mimemessage">MIME E-mail message composing and sending PHP class</a=
> is working as expected.<br><br>
Thank you,<br>
mlemos</p>
</body>
</html>
--69c1683a3ee16ef7cf16edd700694a2f--

--6a82fb459dcaacd40ab3404529e808dc--

--652b8c4dcb00cdcdda1e16af36781caf
Content-Type: text/plain; name="attachment.txt"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="attachment.txt"

VGhpcyBpcyBqdXN0IGEgcGxhaW4gdGV4dCBhdHRhY2htZW50IGZpbGUgbmFtZWQgYXR0YWNobWVu
dC50eHQgLg==

--652b8c4dcb00cdcdda1e16af36781caf--

""", [], "notbounce"))

URL = "https://github.com/hitobito/hitobito/blob/master/spec/fixtures/email/autoresponse.eml"
N.append(("exchange-autoreply-de", URL, """Received: from abc42.PROD.OUTLOOK.COM (2611:10a6:710:24::9) by
 ABC42.PROD.OUTLOOK.COM with HTTPS; Fri, 14 Apr 2023 06:16:26
 +0000
Received: from mxout.example.com (192.0.2.85) by
 DB5EUR02FT045.mail.protection.outlook.example.com (10.13.59.8) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.6298.30 via Frontend Transport; Fri, 14 Apr 2023 06:16:24 +0000
Date: Fri, 14 Apr 2023 06:15:20 +0000
From: "David Hasselhof <david.hasselhof@example.com>"
Reply-To: david.hasselhof@example.com
To: "John Rambo via knight-rider-list@hitobito.example.com" <knight-rider-list@hitobito.example.com>
Message-ID: <b9506e76128c47c5b1124a796655b116@GV0P278MB0226.CHEP278.PROD.OUTLOOK.COM>
In-Reply-To: <GV0P278MB0275F4AB09D182DA31301C60A1999@GV0P278MB0275.CHEP278.PROD.OUTLOOK.COM>
References: <3fbb13b5-21e1-4af6-960d-99061@platon.example.com>
 <GV0P278MB0275F4AB09D182DA31301C60A1999@GV0P278MB0275.PROD.OUTLOOK.COM>
Subject: Automatische Antwort: Foundation for Law and Government
Content-Type: multipart/alternative;
 boundary=_000_b9506e76128c47c5b1124a796655b116GV0P278MB0226CHEP278PRO_
Content-Transfer-Encoding: 7bit
X-Original-To: knight-rider-list@hitobito.example.com
Delivered-To: mailinglists+knight-rider-list@example.com
Thread-Topic: Presseschau
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: david.hasselhof@example.com
x-ms-exchange-parent-message-id: <GV0P278MB0275F4AB09D182DA31301C60A1999@GV0P278MB0275.CHEP278.PROD.OUTLOOK.COM>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Hitobito-Message-UID: a15816bbd204ba20
Return-Path: knight-rider-list@hitobito.example.com
MIME-Version: 1.0

--_000_b9506e76128c47c5b1124a796655b116GV0P278MB0226CHEP278PRO_
Content-Type: text/plain;
 charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Guten Tag=0D
Ich bin bis am Montag, 17. April 2023, abwesend. Ihre Nachricht wird in d=
er Zwischenzeit nicht gelesen und auch nicht weitergeleitet.=0D
Freundliche Gr=FCsse, David Hasselhof=0D
=0D
Bonjour,=0D
Je serai de retour lundi, 17 avril 2023. Entretemps, votre message ne ser=
a ni lu ni transf=E9r=E9.=0D
Meilleures salutations, David Hasselhof=0D

--_000_b9506e76128c47c5b1124a796655b116GV0P278MB0226CHEP278PRO_--
""", [], "autoreply"))

URL = "https://github.com/ctgk/PRML/pull/46"
N.append(('dooray', URL, text_notice(
    'Dooray! <dooray@example.com>', 'Dooray! Failure Notice', """Dooray! Failure Notice

        Failure Notice
    
        Your message sent to
          
reader@example.co.kr
          has failed to be delivered.
        
          Please refer to the below for details.
        
            * Recipient : 
reader@example.co.kr
          
            * Sent time : 
2025-04-05T10:38:10
          
            * Subject : 
[ctgk/PRML] Develop (PR #46)
          
                * Remote host said : 
              
Your mail was denied from the receiver.
                
          This message was sent from a notification-only address that cannot accept incoming email.
          For more information, please contact           dooray@example.com
        
        © Dooray!.
""",
    date='Sat, 05 Apr 2025 10:38:12 +0900'),
    [rcpt('reader@example.co.kr', 'unknown', 'undefined', '', '',
          'Your mail was denied from the receiver.',
          URL, ok=('blocked',))], 'bounce'))

URL = "https://github.com/cotech/website/issues/24"
N.append(('exim-delay', URL, text_notice(
    'Mail Delivery System <Mailer-Daemon@mail.example.net>', 'Warning: message 1cfqeG-0004CQ-UK delayed 24 hours', """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.example.net.

The message identifier is:     1cfqeG-0004CQ-UK
The subject of the message is: [redacted]
The date of the message is:    Mon, 20 Feb 2017 16:17:12 +0000

The address to which the message has not yet been delivered is:

 contact@example.coop

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""",
    date='Tue, 21 Feb 2017 16:30:00 +0000'),
    [], 'delayed'))

URL = "https://github.com/Perl/perl5/issues/7625"
N.append(('worm-fake-bounce', URL, text_notice(
    'info@example.org', 'Mail delivery_failed', """------------ NOTIFICATION start ------------

This email was scanned for viruses by ServGate EdgeForce security gateway.

[Detail]
The following action has been applied to the below attachments:
Attachment Name: mail_3992.com, Virus Found: W32/Sober.j@MM, Status: Deleted

------------ NOTIFICATION end ------------
----- Original Message -----
This mail was generated automatically.
More info about --EXAMPLE-- under: http://www.example.org

---
Occured_Errors:

107.129.91.175_does_not_like_recipient.
% 511: Giving_up_on_107.129.91.175.
% 335: mailbox_unavailable
% 236: MAILBOX NOT FOUND

End

---
The original mail is attached.

Auto_Mail.System: [example]

*-*-* Mail_Scanner: No Virus
*-*-* PERL- Anti_Virus Service
*-*-* http://www.perl.org
""",
    date='Mon, 29 Nov 2004 12:00:00 +0000'),
    [], 'notbounce'))

URL = "https://github.com/octocat/Hello-World/issues/172"
N.append(('ooo-en', URL, text_notice(
    'Staff Member <staff@example.org>', 'Re: [octocat/Hello-World] mede (#172)', """Thank you for your email. I am out of the office Tuesday and Wednesday this week. Unfortunately, while I am away, I will not have access to email. Your email is important to me and I will respond when I able or when I return to the office on October 9, 2014. I apologize for any delay and look forward to connecting. Enjoy your week.
""",
    date='Wed, 08 Oct 2014 09:00:00 -0400'),
    [], 'autoreply'))

URL = "https://github.com/microsoft/AI-System/pull/257"
N.append(('ooo-zh-en', URL, text_notice(
    '<reader@example.cn>', 'Re: [microsoft/AI-System] fix typo (PR #257)', """【自动回复】你好，我最近正在休假中，无法亲自回复你的邮件。我将在假期结束后，尽快给你回复。Thank you for your email. Unfortunately, I am currently out of the office. During this period of time, I will have limited access to my email.
""",
    date='Tue, 17 Dec 2024 10:00:00 +0800'),
    [], 'autoreply'))

URL = "https://github.com/521xueweihan/git-tips/issues/55"
N.append(('autoreply-zh', URL, text_notice(
    '<loview@example.cn>', 'Re: [521xueweihan/git-tips] test 1st issue (#55)', """您好，邮件已收到，谢谢！
""",
    date='Tue, 26 Jul 2022 10:00:00 +0800'),
    [], 'autoreply'))

URL = "https://github.com/deltachat/deltachat-core-rust/blob/main/test-data/message/dsn_relayed.eml"
N.append(("postfix-success", URL, """Return-Path: <>
Delivered-To: anon_1@example.de
Received: from mout02.example.de (mout02.example.de [192.0.2.66])
	by mx01.example.de (Postfix) with ESMTPS id 4G2B676wGBz10Wt
	for <anon_1@example.at>; Sat, 12 Jun 2021 10:42:07 +0200 (CEST)
Received: by mout02.example.de (Postfix)
	id A9F481A0089; Sat, 12 Jun 2021 10:42:07 +0200 (CEST)
Date: Sat, 12 Jun 2021 10:42:07 +0200 (CEST)
From: MAILER-DAEMON@mout02.example.de (Mail Delivery System)
Subject: Successful Mail Delivery Report
To: anon_1@example.at
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="56E6D1A007F.1623487327/mout02.example.de"
Content-Transfer-Encoding: 7bit
Message-Id: <20210612084207.A9F481A0089@mout02.example.de>

This is a MIME-encapsulated message.

--56E6D1A007F.1623487327/mout02.example.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mout02.example.de.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<anon_2@example.net>: delivery via mx00.emig.example.net[192.0.2.9]:25: 250
    Requested mail action okay, completed: id=1M9ohD-1lvXys2NFd-005r3O

--56E6D1A007F.1623487327/mout02.example.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mout02.example.de
X-Postfix-Queue-ID: 56E6D1A007F
X-Postfix-Sender: rfc822; anon_1@example.at
Arrival-Date: Sat, 12 Jun 2021 10:42:07 +0200 (CEST)

Final-Recipient: rfc822; anon_2@example.net
Original-Recipient: rfc822;anon_2@example.net
Action: relayed
Status: 2.0.0
Remote-MTA: dns; mx00.emig.example.net
Diagnostic-Code: smtp; 250 Requested mail action okay, completed:
    id=1M9ohD-1lvXys2NFd-005r3O

--56E6D1A007F.1623487327/mout02.example.de
Content-Description: Message Headers
Content-Type: text/rfc822-headers

Return-Path: <anon_1@example.at>
Received: from customer (localhost [127.0.0.1])
	by submission (example.de) with ESMTPSA id 4G2B665xBPz6tmH
	for <anon_2@example.net>; Sat, 12 Jun 2021 10:42:06 +0200 (CEST)
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="=_d0190a7dc3b70a1dcf12785779aad292"
Date: Sat, 12 Jun 2021 08:42:06 +0000
From: Anon_1 <anon_1@example.at>
To: Anon_2 <anon_2@example.net>
Subject: Hallo
Message-ID: <8b7b1a9d0c8cc588c7bcac47f5687634@example.de>

--56E6D1A007F.1623487327/mout02.example.de--
""", [], "delivered"))

URL = "https://github.com/varnishcache/testrepo2/issues/60"
N.append(('exim-delay', URL, text_notice(
    'Mail Delivery System <Mailer-Daemon@mail.example.org>', 'Warning: message 1GdrhM-00007q-L1 delayed 24 hours', """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.example.org.

The message identifier is:     1GdrhM-00007q-L1
The subject of the message is: FYI: Installation instructions updated to include Mac OS X
The date of the message is:    Sat, 28 Oct 2006 19:10:16 +0200

The address to which the message has not yet been delivered is:

  varnish-misc@projects.example.no
    Delay reason: SMTP error from remote mail server after end of data:
    host projects.example.no [192.0.2.168]: 451 4.5.0 Error in processing, id=10075-01, mime_decode-1 FAILED:
    MIME::Parser: can't open tmpfile: Invalid argument

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""",
    date='Sun, 29 Oct 2006 19:30:00 +0100'),
    [], 'delayed'))

URL = "https://github.com/ForumPostAssistant/FPA/issues/136"
N.append(('exchange-online-fr', URL, text_notice(
    'Microsoft Outlook <postmaster@example.onmicrosoft.com>', 'Non remis : mail box full', """Échec de la remise pour ces destinataires ou groupes :

Russ W (notifications@example.com)
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l’instant. Essayez de renvoyer votre message ultérieurement ou contactez directement le destinataire.

Delivery failed for these recipients or groups:
Russ W (notifications@example.com)
 The recipient's mailbox is full and cannot accept messages at this time. Please try resending your message later or contact the recipient directly.
""",
    date='Mon, 25 May 2026 09:00:00 +0000'),
    [rcpt('notifications@example.com', 'full', 'mailboxfull', '', '',
          'La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l’instant.',
          URL, ok=('retry-later',))], 'bounce'))

URL = "https://github.com/corona-warn-app/cwa-quicktest-onboarding/issues/47"
N.append(('exchange-de', URL, text_notice(
    'Microsoft Outlook <postmaster@example.de>', 'Unzustellbar: monthly update', """onboarding@example.de (onboarding@example.de)
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie zu einem späteren Zeitpunkt noch mal, Ihre Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.
""",
    date='Fri, 06 Aug 2021 09:00:00 +0200'),
    [rcpt('onboarding@example.de', 'full', 'mailboxfull', '', '',
          'Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen.',
          URL, ok=('retry-later',))], 'bounce'))

URL = "https://mid.mail-archive.com/debian-user@lists.debian.org/msg683187.html"
N.append(('list-bounce-warning', URL, text_notice(
    'Debian Listmaster Team <listmaster@lists.debian.org>', 'lists.debian.org has received bounces from you', """Dear subscriber,

We've encountered some problems while sending listmail to your
emailaddress subscriber@example.com.

In the last seven days we've seen bounces for the following list:
 * debian-user
   1 bounce out of 16 mails in one day (6%, kick-score is 80%)
   (http://lists.debian.org/bounces/Bcjqp9tet2DLfkhd5+SwZA)
""",
    to="subscriber@example.com", date='Thu, 19 Mar 2015 08:45:12 +0000'),
    [], 'notbounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/550_no_such_recipient_variant_11.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<support@alyaf.example.com>: host mail.alyaf.example.com[192.0.2.154] said: 550
    No such recipient here (in reply to RCPT TO command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('support@alyaf.example.com', 'invalid', 'userunknown', '', '550',
          '550 No such recipient here',
          URL)], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/554_5_2_3_policy_violation.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<support@databit.example.ch>: host mx.zoho.example.eu[192.0.2.166] said: 554 5.2.3
    MailPolicy violation Error delivering to mailboxes (in reply to end of DATA
    command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('support@databit.example.ch', 'blocked', 'policyviolation', '5.2.3', '554',
          '554 5.2.3 MailPolicy violation Error delivering to mailboxes',
          URL, ok=('content',))], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/554_5_7_105_sender_blocked.txt"
N.append(('ovh-postfix', URL, text_notice(
    'MAILER-DAEMON@out41.mail.example.net (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('out41.mail.example.net') + """<mag@aeolia.example.com>: host mxplan3.mail.example.net[192.0.2.62]
    said: 554 5.7.105 SenderFilterAgent; Sender denied as sender's email
    address is on SenderFilterConfig list (in reply to end of DATA command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('mag@aeolia.example.com', 'blocked', 'filtered', '5.7.105', '554',
          "554 5.7.105 SenderFilterAgent; Sender denied as sender's email address is on SenderFilterConfig list",
          URL)], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/554_5_7_1_rejected_spam.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<agent@ranou.example.autos>: host mx9.emailprivate.example.com[192.0.2.240] said: 554
    5.7.1 Rejected due to high probability of spam (in reply to end of DATA
    command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('agent@ranou.example.autos', 'content', 'spamdetected', '5.7.1', '554',
          '554 5.7.1 Rejected due to high probability of spam',
          URL)], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/450_4_2_1_no_such_recipient.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<julia.acme@laposte.example.net>: host smtpz4.laposte.example.net[192.0.2.66] said: 450
    4.2.1 <julia.acme@laposte.example.net>: Recipient address rejected: this mailbox
    is inactive and has been disabled (in reply to RCPT TO command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('julia.acme@laposte.example.net', 'invalid', 'suspend', '4.2.1', '450',
          '450 4.2.1 Recipient address rejected: this mailbox is inactive and has been disabled',
          URL)], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/451_4_7_1_reputation.txt"
N.append(('crisp-postfix', URL, text_notice(
    'MAILER-DAEMON@mailer.example.email (Mail Delivery System)', 'Undelivered Mail Returned to Sender', postfix_intro('mailer.example.email') + """<contact@rossian.example.fr>: host mx2.emailsrvr.example.com[192.0.2.2] said: 451 4.7.1
    Received too many messages from a new or untrusted IP: 198.51.100.61
    (Z27/6DC2420) (G28) (in reply to RCPT TO command)
""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('contact@rossian.example.fr', 'blocked', 'ratelimited', '4.7.1', '451',
          '451 4.7.1 Received too many messages from a new or untrusted IP',
          URL, ok=('retry-later',))], 'bounce'))

URL = "https://github.com/crisp-oss/email-bounce-parser/blob/master/test/fixtures/554_5_2_2_mailbox_full.txt"
N.append(('o365-text', URL, text_notice(
    'Microsoft Outlook <MicrosoftExchange@example.onmicrosoft.com>', 'Undeliverable: Hello', """Delivery has failed to these recipients or groups:

arte@hotmail.example.com<mailto:arte@hotmail.example.com>
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.









Diagnostic information for administrators:

Generating server: PH7PR02MB9549495.namprd02.prod.outlook.example.com

arte@hotmail.example.com
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Microsoft Unified Storage is full. QuotaExceededException: Microsoft Unified Storage is full.[EndDiagnosticData] [Stage: DeliverMessage]'

Original message headers:

Received: REDACTED""",
    date='Thu, 23 Nov 2023 18:53:22 +0100'),
    [rcpt('arte@hotmail.example.com', 'full', 'mailboxfull', '5.2.2', '554',
          '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException; ... Microsoft Unified Storage is full.',
          URL)], 'bounce'))

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/exchange1.eml"
N.append(("iis-smtpsvc", URL, """Return-Path: <>
Received: from norway3.example.no (norway3.example.no [192.0.2.7])
        by mx.example.com with ESMTP id 25si4240805ewy.47.2009.04.05.11.41.40;
        Sun, 05 Apr 2009 11:41:40 -0700 (PDT)
From: postmaster@example-root.com
To: account@example.com
Date: Sun, 5 Apr 2009 20:41:39 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9B095B5ADSN=_01C9B328E395D54200012C39EUROOSLCE8VS1.Eu"
X-DSNContext: 335a7efd - 4523 - 00000001 - 80040546
Message-ID: <gyBwcC6OF00002523@EUROOSLCE8VS1.Euro.example-root.com>
Subject: Delivery Status Notification (Failure)

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01C9B328E395D54200012C39EUROOSLCE8VS1.Eu
Content-Type: text/plain; charset=unicode-1-1-utf-7

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       phk@eiendom.example.no




--9B095B5ADSN=_01C9B328E395D54200012C39EUROOSLCE8VS1.Eu
Content-Type: message/delivery-status

Reporting-MTA: dns;EUROOSLCE8VS1.Euro.example-root.com
Received-From-MTA: dns;smtp05.example.no
Arrival-Date: Sun, 5 Apr 2009 20:41:39 +0200

Final-Recipient: rfc822;phk@eiendom.example.no
Action: failed
Status: 5.1.1

--9B095B5ADSN=_01C9B328E395D54200012C39EUROOSLCE8VS1.Eu
Content-Type: message/rfc822

Received: from smtp05.example.no ([192.0.2.25]) by EUROOSLCE8VS1.Euro.example-root.com with Microsoft SMTPSVC(6.0.3790.3959);
\t Sun, 5 Apr 2009 20:41:39 +0200
MIME-Version: 1.0
Date: Sun, 5 Apr 2009 20:41:38 +0200
Message-ID: <63267c0f0904051141o6de11a88t7bf60c46de6964fd@mail.example.com>
Subject: Test
From: "Gmail Account" <account@example.com>
To: phk@eiendom.example.no
Content-Type: text/plain; charset=ISO-8859-1
Return-Path: account@example.com

Regards,
Gmail Account

--9B095B5ADSN=_01C9B328E395D54200012C39EUROOSLCE8VS1.Eu--
""", [rcpt("phk@eiendom.example.no", "invalid", "userunknown", "5.1.1", "", "", URL)],
      "bounce"))

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/exchange2.eml"
N.append(("iis-smtpsvc", URL, """Return-Path: <>
Received: from smtp113.example.fr (smtp113.example.fr [192.0.2.7])
        by mx.example.com with ESMTP id 25si4240805ewy.47.2009.04.05.11.41.40;
        Sun, 05 Apr 2009 11:41:40 -0700 (PDT)
X-Virus-Scanned: amavisd-new at lce.example.net
From: postmaster@example.net
To: account@example.com
Date: Sun, 5 Apr 2009 20:43:17 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9B095B5ADSN=_01C9B12EFB9017CA00003667meintfr02052.wwi"
X-DSNContext: 335a7efd - 4523 - 00000001 - 80040546
Message-ID: <ednHM3SOl00001860@meintfr02052.wwit.example.net>
Subject: Delivery Status Notification (Failure)

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01C9B12EFB9017CA00003667meintfr02052.wwi
Content-Type: text/plain; charset=unicode-1-1-utf-7

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       inger.lise@example.no




--9B095B5ADSN=_01C9B12EFB9017CA00003667meintfr02052.wwi
Content-Type: message/delivery-status

Reporting-MTA: dns;meintfr02052.wwit.example.net
Received-From-MTA: dns;smtp091.example.fr
Arrival-Date: Sun, 5 Apr 2009 20:43:17 +0200

Original-Recipient: rfc822;inger.lise@example.no
Final-Recipient: rfc822;inger.lise@example.no
Action: failed
Status: 5.1.1

--9B095B5ADSN=_01C9B12EFB9017CA00003667meintfr02052.wwi
Content-Type: message/rfc822

Received: from smtp091.example.fr ([192.0.2.25]) by meintfr02052.wwit.example.net with Microsoft SMTPSVC(6.0.3790.3959);
\t Sun, 5 Apr 2009 20:43:17 +0200
MIME-Version: 1.0
Date: Sun, 5 Apr 2009 20:41:38 +0200
Message-ID: <63267c0f0904051142s4a841b18qb1c702a94a3257be@mail.example.com>
Subject: This will bounce
From: "Gmail Account" <account@example.com>
To: petter@no.example.com, inger.lise@example.no
Content-Type: text/plain; charset=ISO-8859-1
Return-Path: account@example.com

Regards,
Gmail Account

--9B095B5ADSN=_01C9B12EFB9017CA00003667meintfr02052.wwi--
""", [rcpt("inger.lise@example.no", "invalid", "userunknown", "5.1.1", "", "", URL)],
      "bounce"))

URL = "https://github.com/cfortune/PHP-Bounce-Handler/blob/master/eml/exchange3.eml"
N.append(("iis-smtpsvc", URL, """Return-Path: <>
Received: from landfill.emea.example.com (landfill.emea.example.com [192.0.2.7])
        by mx.example.com with ESMTP id 25si4240805ewy.47.2009.04.05.11.41.40;
        Sun, 05 Apr 2009 11:41:40 -0700 (PDT)
From: postmaster@example.com
To: account@example.com
Date: Sun, 5 Apr 2009 20:51:13 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9B095B5ADSN=_01C987E3050D8C560001953Eemea?ams?ex009.e"
X-DSNContext: 335a7efd - 4523 - 00000001 - 80040546
Message-ID: <O1P4boZXl0001206b@emea-ams-ex009.emea.example.corp>
Subject: Delivery Status Notification (Failure)

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01C987E3050D8C560001953Eemea?ams?ex009.e
Content-Type: text/plain; charset=unicode-1-1-utf-7

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       petter@no.example.com




--9B095B5ADSN=_01C987E3050D8C560001953Eemea?ams?ex009.e
Content-Type: message/delivery-status

Reporting-MTA: dns;emea-ams-ex009.emea.example.corp
Received-From-MTA: dns;mx4.emea.example.com
Arrival-Date: Sun, 5 Apr 2009 20:51:13 +0200

Final-Recipient: rfc822;petter@no.example.com
Action: failed
Status: 5.1.1

--9B095B5ADSN=_01C987E3050D8C560001953Eemea?ams?ex009.e
Content-Type: message/rfc822

Received: from mx4.emea.example.com ([192.0.2.25]) by emea-ams-ex009.emea.example.corp with Microsoft SMTPSVC(6.0.3790.3959);
\t Sun, 5 Apr 2009 20:51:13 +0200
MIME-Version: 1.0
Date: Sun, 5 Apr 2009 20:41:38 +0200
Message-ID: <63267c0f0904051142s4a841b18qb1c702a94a3257be@mail.example.com>
Subject: This will bounce
From: "Gmail Account" <account@example.com>
To: petter@no.example.com, inger.lise@example.no
Content-Type: text/plain; charset=ISO-8859-1
Return-Path: account@example.com

Regards,
Gmail Account

--9B095B5ADSN=_01C987E3050D8C560001953Eemea?ams?ex009.e--
""", [rcpt("petter@no.example.com", "invalid", "userunknown", "5.1.1", "", "", URL)],
      "bounce"))

if __name__ == "__main__":
    write(sys.argv, __file__, "heldout-wild", N)
