#!/usr/bin/env python3
"""The notices of tests/corpus/wild2, for ../wild2_set.py to write
(see it and README.md).  usage: make.py [DIR]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wild2_set import rcpt, source, write  # noqa: E402

N = []

REPO, PATH = 'dimagi/commcare-hq', 'corehq/util/tests/data/email/email_delivery_failure.txt'
URL = source(REPO, PATH)
N.append(('ses-text', REPO, PATH, """Delivered-To: commcarehq-bounces+production@dimagi.com
Return-Path: <>
Date: Mon, 13 Jan 2020 08:57:03 +0000
From: MAILER-DAEMON@amazonses.com
To: commcarehq-bounces+production@dimagi.com
Subject: Email Delivery Failure
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

This is a delivery failure notification message indicating that
an email you addressed to email address :
-- fakeemail5555@example.edu.au

could not be delivered. The problem appears to be :
-- Recipient email address is possibly incorrect

Additional information follows :
-- 5.1.1 <fakeemail5555@example.edu.au>: Recipient address rejected: The e-mail a=
ddress you entered couldn't be found. Please check the recipient's e-mail a=
ddress and try to resend the message

This condition occurred after 1 attempt(s) to deliver over
a period of 0 hour(s).

If you sent the email to multiple recipients, you will receive one
of these messages for each one which failed delivery,  otherwise
they have been sent.
""",
    [rcpt('fakeemail5555@example.edu.au', 'invalid', 'userunknown', '5.1.1', '',
          "5.1.1 <fakeemail5555@example.edu.au>: Recipient address rejected: The e-mail address you entered couldn't be found.",
          URL)], 'bounce'))

REPO, PATH = 'dimagi/commcare-hq', 'corehq/util/tests/data/email/yahoo_qmail_failure.txt'
URL = source(REPO, PATH)
N.append(('qmail-yahoo', REPO, PATH, """Delivered-To: commcarehq-bounces+production@dimagi.com
Return-Path: <>
Date: Tue, 14 Jan 2020 07:01:58 +0000
From: MAILER-DAEMON@amazonses.com
To: commcarehq-bounces+production@dimagi.com
Subject: failure notice
MIME-Version: 1.0

Hi. This is the qmail-send program at yahoo.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<fakemail555@yahoo.com.br>:
Requested mail action aborted, error in processing
I'm not going to try again; this message has been in the queue too long.

--- Below this line is a copy of the message.


Content-Type: multipart/mixed; boundary="===============3455756338510502096=="
MIME-Version: 1.0
Subject:
 =?utf-8?q?Relat=C3=B3rios_Semanais_das_Atividades_dos_APEs_de_Cabo_Delgado?=
From: commcarehq-noreply@dimagi.com
To: fakemail555@yahoo.com.br
Date: Mon, 13 Jan 2020 06:01:54 +0000

--===============3455756338510502096==
Content-Type: multipart/alternative;
 boundary="===============8853429737433652531=="
MIME-Version: 1.0

--===============8853429737433652531==
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit


This is an email from CommCare. You're seeing this message because your
email client chose to display the plaintext version of an email that CommCare
can only provide in HTML.  Please set your email client to view this email
in HTML or read this email in a client that supports HTML email.

Thanks,
The CommCare Team
--===============8853429737433652531==
Content-Type: text/html; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 8bit


<head>
  <style>
    h1 {
      font-size: 130%;
    }
    th, td {
      padding-right: 1em;
    }
    td.null-entry {
      color: #ccc;
    }
    .pagebreak {
      page-break-after: always;
    }
  </style>
</head>
<body>


  <p>

      This is a scheduled report from <a href="https://www.commcarehq.org">CommCare</a> for the project 'fake-project'.

  </p>

--- End of message stripped.
""",
    [rcpt('fakemail555@yahoo.com.br', 'retry-later', 'expired', '', '',
          "Requested mail action aborted, error in processing I'm not going to try again; this message has been in the queue too long.",
          URL, ok=('unknown',))], 'bounce'))

REPO, PATH = 'dimagi/commcare-hq', 'corehq/util/tests/data/email/out_of_office.txt'
URL = source(REPO, PATH)
N.append(('ooo-html', REPO, PATH, """Delivered-To: commcarehq-bounces+production@dimagi.com
To: commcarehq-bounces+production@dimagi.com
From: MAILER-DAEMON@amazonses.com
Date: Tue, 28 Jan 2020 13:00:37 +0000
Subject: Out of Office Re: Scheduled report from CommCare
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64
Content-Disposition: inline
Precedence: bulk
X-Autoreply: yes
Auto-Submitted: auto-replied

PGRpdiBkaXI9Imx0ciI+UGxlYXNlIHNlbmQgYWxsIHF1ZXN0aW9ucyB0byBBbGV4IE1pbGxlcjrC
oDxhIGhyZWY9Imh0dHBzOi8vbWFpbC5nb29nbGUuY29tL21haWwvP3ZpZXc9Y20mYW1wO2ZzPTEm
YW1wO3RmPTEmYW1wO3RvPWFtaWxsZXJAZXhhbXBsZS5lZHUiIHN0eWxlPSJmb250LWZhbWlseTom
cXVvdDtIZWx2ZXRpY2EgTmV1ZSZxdW90OyxIZWx2ZXRpY2EsQXJpYWwsc2Fucy1zZXJpZjtmb250
LXNpemU6MTRweDtjb2xvcjpyZ2IoMCw4NSwxMjgpO291dGxpbmU6MHB4IiB0YXJnZXQ9Il9ibGFu
ayI+YW1pbGxlckBleGFtcGxlLmVkdTwvYT48YnI+PGJyPjwvZGl2Pjxici8+PGJyLz4tLSA8YnIv
PjxkaXYgZGlyPSJsdHIiPjxkaXY+PGRpdiBkaXI9Imx0ciI+PGRpdj48ZGl2IGRpcj0ibHRyIj48
ZGl2PjxkaXYgZGlyPSJsdHIiPjxkaXY+PGRpdiBkaXI9Imx0ciI+LS08L2Rpdj48ZGl2IGRpcj0i
bHRyIj5TYW0gVGF5bG9yPGJyPjwvZGl2PjxkaXY+UmVzZWFyY2ggUHJvZ3JhbW1lcjwvZGl2Pjxk
aXY+PHNwYW4gc3R5bGU9ImZvbnQtc2l6ZToxMi44cHgiPkNlbnRlciBmb3IgUmVzZWFyY2ggQ29t
cHV0aW5nIHwgRXhhbXBsZSBVbml2ZXJzaXR5PC9zcGFuPjwvZGl2PjxkaXY+PHNwYW4gc3R5bGU9
ImZvbnQtc2l6ZToxMi44cHgiPjU1NS0wMTAwIHzCoDwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1z
aXplOjEyLjhweCI+PGEgaHJlZj0ibWFpbHRvOnN0YXlsb3JAZXhhbXBsZS5lZHUiIHRhcmdldD0i
X2JsYW5rIj5zdGF5bG9yQGV4YW1wbGUuZWR1PC9hPjwvc3Bhbj48YnI+PC9kaXY+PC9kaXY+PC9k
aXY+PC9kaXY+PC9kaXY+PC9kaXY+PC9kaXY+PC9kaXY+PC9kaXY+PGJyLz4NCg==
""",
    [], 'autoreply'))

REPO, PATH = 'dimagi/commcare-hq', 'corehq/util/tests/data/email/exchange_bounce.txt'
URL = source(REPO, PATH)
N.append(('o365-ndr', REPO, PATH, """Delivered-To: commcarehq-bounces+production@dimagi.com
Return-Path: <>
From: MAILER-DAEMON@amazonses.com
To: commcarehq-bounces+production@dimagi.com
Date: Fri, 10 Jan 2020 08:00:50 +0000
X-MS-Exchange-Message-Is-Ndr: 
Content-Language: en-US
Subject: Undeliverable: Scheduled report from CommCare HQ
X-Failed-Recipients: bouncedemail@fakecompany.org

--0ea704e2-8fae-4243-b81b-4a0e6fee0320
Content-Type: multipart/alternative; differences=Content-Type; boundary="36391675-b182-49b4-9aaf-1d294fffae1e"

--36391675-b182-49b4-9aaf-1d294fffae1e
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to bouncedemail@fakecompany.org couldn't be delivered.
bouncedemail wasn't found at fakecompany.org.
0100016f8e780fcd-145. . .       Office 365      bouncedemail
Action Required                 Recipient
Unknown To address

Content-Type: multipart/mixed; boundary=3D"=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D2048517711541900724=3D=3D"
MIME-Version: 1.0
Subject: Scheduled report from CommCare HQ
From: commcarehq-noreply@dimagi.com
To: bouncedemail@fakecompany.org
Date: Fri, 10 Jan 2020 08:00:30 +0000
X-MS-Exchange-CrossTenant-FromEntityHeader: Internet


--36391675-b182-49b4-9aaf-1d294fffae1e
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable


Original message stripped

Content-Type: multipart/mixed; boundary=3D"=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D2048517711541900724=3D=3D"
MIME-Version: 1.0
Subject: Scheduled report from CommCare HQ
From: commcarehq-noreply@dimagi.com
To: bouncedemail@fakecompany.org
Date: Fri, 10 Jan 2020 08:00:30 +0000
X-EOPAttributedMessage: 2
X-MS-PublicTrafficType: Email
X-Microsoft-Antispam-Untrusted: BCL:0;
X-Microsoft-Antispam: BCL:0;
X-MS-Exchange-CrossTenant-OriginalArrivalTime: 10 Jan 2020 08:00:42.3908
 (UTC)
X-MS-Exchange-CrossTenant-FromEntityHeader: Internet
Original message stripped
--36391675-b182-49b4-9aaf-1d294fffae1e--
--0ea704e2-8fae-4243-b81b-4a0e6fee0320
Content-Type: message/delivery-status


--0ea704e2-8fae-4243-b81b-4a0e6fee0320
Content-Type: message/rfc822

Content-Type: multipart/mixed; boundary="===============2048517711541900724=="
MIME-Version: 1.0
Subject: Scheduled report from CommCare HQ
From: commcarehq-noreply@dimagi.com
To: bouncedemail@fakecompany.org
Date: Fri, 10 Jan 2020 08:00:30 +0000
X-SES-Outgoing: 2020.01.10-54.240.48.34
X-EOPAttributedMessage: 2
X-MS-PublicTrafficType: Email
X-MS-Office365-Filtering-Correlation-Id: 2f89c482-a3b4-4312-e3d7-08d795a331b7
X-MS-TrafficTypeDiagnostic: BN6PR16MB0017:|MN2PR16MB3376:|BYAPR16MB2984:
X-LD-Processed: f2b49442-36c7-4303-aa08-51fdefa25eb0,ExtAddr,ExtAddr,ExtAddr
X-MS-Oob-TLC-OOBClassifiers: OLM:3173;OLM:10000;OLM:10000;
X-Microsoft-Antispam-Untrusted: BCL:0;
X-Microsoft-Antispam: BCL:0;
X-MS-Exchange-CrossTenant-OriginalArrivalTime: 10 Jan 2020 08:00:42.3908 (UTC)
X-MS-Exchange-CrossTenant-FromEntityHeader: Internet
X-MS-Exchange-Transport-CrossTenantHeadersStamped: BYAPR16MB2984

--===============2048517711541900724==
Content-Type: multipart/alternative; boundary="===============5110796245272360611=="
MIME-Version: 1.0

--===============5110796245272360611==
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: quoted-printable

THIS EMAIL ORIGINATED OUTSIDE OF FAKE COMPANY, INC.

LINKS AND ATTACHMENTS MAY CONTAIN MALWARE OR OTHER THREATS

Do not click on links or attachments unless you recognize the sender; if in=
 doubt forward to the IT Department for verification.


--===============5110796245272360611==
Content-Type: text/html; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
</body>
</html>


--===============2048517711541900724==--

--0ea704e2-8fae-4243-b81b-4a0e6fee0320--
""",
    [rcpt('bouncedemail@fakecompany.org', 'invalid', 'userunknown', '', '',
          "bouncedemail wasn't found at fakecompany.org.",
          URL)], 'bounce'))

REPO, PATH = 'dimagi/commcare-hq', 'corehq/util/tests/data/email/standard_aws_bounce.txt'
URL = source(REPO, PATH)
N.append(('ses-dsn-empty', REPO, PATH, """Delivered-To: commcarehq-bounces+production@dimagi.com
Return-Path: <>
From: MAILER-DAEMON@amazonses.com
To: commcarehq-bounces+production@dimagi.com
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="----=_Part_1262136_1664729052.1579478885297"; report-type=delivery-status
Date: Mon, 20 Jan 2020 00:08:05 +0000

------=_Part_1262136_1664729052.1579478885297
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Content-Description: Notification

An error occurred while trying to deliver the mail to the following recipients:
bouncedemail+fake-project@dimagi.com
bouncedemail+fake@dimagi.com
------=_Part_1262136_1664729052.1579478885297
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit
Content-Description: Delivery Status Notification


------=_Part_1262136_1664729052.1579478885297
Content-Type: message/rfc822
Content-Description: Undelivered Message

Content-Type: multipart/alternative; boundary="===============8059403940475160788=="
MIME-Version: 1.0
Subject: Please update your project settings for fake-project
From: master-list@dimagi.com
To: workingemail1@dimagi.com, workingemail2+test@dimagi.com, bouncedemail+fake-project@dimagi.com, bouncedemail+fake@dimagi.com
Cc: master-list@dimagi.com
Date: Mon, 20 Jan 2020 00:01:46 +0000

--===============8059403940475160788==
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit

Hey,

I'm emailing you because I noticed that you work for Dimagi, and you're a
member of project space fake-project. fake-project has had a lot of
submissions lately.

If this is a test project space, go to the internal project settings page
and change the "Real Project" setting to "Test" and I'll
stop bothering you.

Thanks!
CommCare HQ

--===============8059403940475160788==
Content-Type: text/html; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit

<p>
  Hey,
</p>

<p>
  I'm emailing you because I noticed that you work for Dimagi, and you're a
  member of project space fake-project. fake-project has had a lot of
  submissions lately.
</p>

<p>
  If this is a test project space, go to the internal project settings page
  and change the "Real Project" setting to "Test" and I'll
  stop bothering you.
</p>

<p>
  Thanks! <br />
  CommCare HQ
</p>

--===============8059403940475160788==--

------=_Part_1262136_1664729052.1579478885297--
""",
    [rcpt('bouncedemail+fake-project@dimagi.com', 'unknown', 'undefined', '', '',
          'An error occurred while trying to deliver the mail to the following recipients',
          URL),
     rcpt('bouncedemail+fake@dimagi.com', 'unknown', 'undefined', '', '',
          'An error occurred while trying to deliver the mail to the following recipients',
          URL)], 'bounce'))

REPO, PATH = 'Ecodev/newsletter', 'Tests/Unit/Fixtures/bounce/4-12548ebea88c16a5aa62096db4d0b258-Automatic unsubscribe via mail.live.com.eml'
URL = source(REPO, PATH)
N.append(('unsubscribe-mail', REPO, PATH, """Delivered-To: final_bounce@gmail.com
Received: by 10.202.173.198 with SMTP id w189csp2067852oie;
        Tue, 28 Jun 2016 20:26:02 -0700 (PDT)
Return-Path: <bounce+caf_=final_bounce=gmail.com@gmail.com>
Received: from mail-it0-f47.google.com (mail-it0-f47.google.com. [209.85.214.47])
        by mx.google.com with ESMTPS id p123si2216679iop.87.2016.06.28.20.26.02
        for <final_bounce@gmail.com>
        (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);
        Tue, 28 Jun 2016 20:26:02 -0700 (PDT)
X-Original-Authentication-Results: mx.google.com;       spf=pass (google.com: domain of postmaster@outlook.com designates 157.55.2.76 as permitted sender) smtp.mailfrom=postmaster@outlook.com;       dmarc=fail (p=NONE dis=NONE) header.from=hotmail.com
X-Forwarded-To: final_bounce@gmail.com
X-Forwarded-For: bounce@gmail.com final_bounce@gmail.com
Delivered-To: bounce@gmail.com
Return-Path: <postmaster@outlook.com>
Received: from DUB004-OMC4S1.hotmail.com (dub004-omc4s1.hotmail.com. [157.55.2.76])
        by mx.google.com with ESMTPS id t140si1090355oit.43.2016.06.28.20.26.01
        for <bounce@gmail.com>
        (version=TLS1_2 cipher=ECDHE-RSA-AES128-SHA bits=128/128);
        Tue, 28 Jun 2016 20:26:02 -0700 (PDT)
Received: from DUB119-W14 ([157.55.2.71]) by DUB004-OMC4S1.hotmail.com over TLS secured channel with Microsoft SMTPSVC(7.5.7601.23008);
	 Tue, 28 Jun 2016 20:24:38 -0700
Message-ID: <DUB119-W14F636DFBA812A2B975D05D8230@phx.gbl>
Return-Path: postmaster@outlook.com
Content-Type: text/plain
From: <recipient@hotmail.com>
To: <bounce@gmail.com>
Subject: unsubscribe-12548ebea88c16a5aa62096db4d0b258
MIME-Version: 1.0
X-OriginalArrivalTime: 29 Jun 2016 03:24:38.0722 (UTC) FILETIME=[C48B8A20:01D1D1B5]
Date: 28 Jun 2016 20:24:38 -0700

""",
    [], 'notbounce'))

REPO, PATH = 'jstedfast/MimeKit', 'UnitTests/TestData/messages/bounce.txt'
URL = source(REPO, PATH)
N.append(('postfix-base64', REPO, PATH, """Received: from dispatchb-eu1.ppe-hosted.com (185.132.181.12) by
 LO2GBR01FT016.mail.protection.outlook.com (10.152.42.102) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.4930.15 via Frontend Transport; Wed, 26 Jan 2022 09:06:51 +0000
X-Virus-Scanned: Proofpoint Essentials engine
Received: from hmail.jitbit.com (hmail.jitbit.com [52.4.102.94])
	(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
	(No client certificate requested)
	by mx1-eu1.ppe-hosted.com (PPE Hosted ESMTP Server) with ESMTPS id F1BA29C0092
	for <helpdesk@example.com>; Wed, 26 Jan 2022 09:06:48 +0000 (UTC)
Received: by hmail.jitbit.com (Postfix)
	id 12632412E9; Wed, 26 Jan 2022 04:06:48 -0500 (EST)
Date: Wed, 26 Jan 2022 04:06:48 -0500 (EST)
From: MAILER-DAEMON@hmail.jitbit.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: helpdesk@example.com
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
	boundary="630A242E63.1643188008/hmail.jitbit.com"
Message-Id: <20220126090648.12632412E9@hmail.jitbit.com>
X-MDID: 1643188010-LPP9jslJdvcS
Return-Path: <>
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--630A242E63.1643188008/hmail.jitbit.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: base64

VGhpcyBpcyB0aGUgbWFpbCBzeXN0ZW0gYXQgaG9zdCBodHRwczovL3VybGRlZmVuc2UucHJvb2Zw
b2ludC5jb20vdjIvdXJsP3U9aHR0cC0zQV9faG1haWwuaml0Yml0LmNvbSZkPUR3SUNBZyZjPWV1
R1pzdGNhVERsbHZpbUVOOGI3alhyd3FPZi12NUFfQ2RwZ25WZmlpTU0mcj14R0V1OFVVVk5IeWpf
QklSVzdTVlBLODFIbnAtRlNhbnEzLV9UMWFtLUtnJm09Uk1uaVBtalR5a2l3ZGdielVVN0Nld3kw
QmVEX29zeXR1UUxTNmNmbGozMCZzPUJXVUphM1MwblJOUWtnVzZfZ1Q0dEpfclBMVjNIWmdLTE8t
dWwtbkZDRjgmZT0uCgpJJ20gc29ycnkgdG8gaGF2ZSB0byBpbmZvcm0geW91IHRoYXQgeW91ciBt
ZXNzYWdlIGNvdWxkIG5vdApiZSBkZWxpdmVyZWQgdG8gb25lIG9yIG1vcmUgcmVjaXBpZW50cy4g
SXQncyBhdHRhY2hlZCBiZWxvdy4KCkZvciBmdXJ0aGVyIGFzc2lzdGFuY2UsIHBsZWFzZSBzZW5k
IG1haWwgdG8gcG9zdG1hc3Rlci4KCklmIHlvdSBkbyBzbywgcGxlYXNlIGluY2x1ZGUgdGhpcyBw
cm9ibGVtIHJlcG9ydC4gWW91IGNhbgpkZWxldGUgeW91ciBvd24gdGV4dCBmcm9tIHRoZSBhdHRh
Y2hlZCByZXR1cm5lZCBtZXNzYWdlLgoKICAgICAgICAgICAgICAgICAgIFRoZSBtYWlsIHN5c3Rl
bQoKPGl0LnRlc3RAZXhhbXBsZS5jb20+OiBob3N0IG14MS1ldTEucHBlLWhvc3RlZC5jb21baHR0
cHM6Ly91cmxkZWZlbnNlLnByb29mcG9pbnQuY29tL3YyL3VybD91PWh0dHAtM0FfXzE4NS4xMzIu
MTgxLjE2JmQ9RHdJQ0FnJmM9ZXVHWnN0Y2FURGxsdmltRU44YjdqWHJ3cU9mLXY1QV9DZHBnblZm
aWlNTSZyPXhHRXU4VVVWTkh5al9CSVJXN1NWUEs4MUhucC1GU2FucTMtX1QxYW0tS2cmbT1STW5p
UG1qVHlraXdkZ2J6VVU3Q2V3eTBCZURfb3N5dHVRTFM2Y2ZsajMwJnM9Mk1ncUNQTXJQd25DdmVJ
XzYybzdUa3R6blRIY3FUaEJ2aFp0bUl5LVp3QSZlPV0gc2FpZDogNTUwCiAgICA1LjEuMSA8aXQu
dGVzdEBleGFtcGxlLmNvbT46IFJlY2lwaWVudCBhZGRyZXNzIHJlamVjdGVkOiBVc2VyIHVua25v
d24KICAgIChpbiByZXBseSB0byBSQ1BUIFRPIGNvbW1hbmQpCgoKLS0tLS0tLS0tLQoKVGhpcyBl
bWFpbCBoYXMgYmVlbiBzY2FubmVkIGZvciBzcGFtIGFuZCB2aXJ1c2VzIGJ5IFByb29mcG9pbnQg
RXNzZW50aWFscy4gVmlzaXQgdGhlIGZvbGxvd2luZyBsaW5rIHRvIHJlcG9ydCB0aGlzIGVtYWls
IGFzIHNwYW06Cmh0dHBzOi8vZXUxLnByb29mcG9pbnRlc3NlbnRpYWxzLmNvbS9pbmRleDAxLnBo
cD9tb2RfaWQ9MTEmbW9kX29wdGlvbj1sb2dpdGVtJm1haWxfaWQ9MTY0MzE4ODAxMC1MUFA5anNs
SmR2Y1Mmcl9hZGRyZXNzPWhlbHBkZXNrJTQwZXhhbXBsZS5jb20mcmVwb3J0PTEK

--630A242E63.1643188008/hmail.jitbit.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; hmail.jitbit.com
X-Postfix-Queue-ID: 630A242E63
X-Postfix-Sender: rfc822; helpdesk@example.com
Arrival-Date: Wed, 26 Jan 2022 04:06:46 -0500 (EST)
Content-Transfer-Encoding: base64

RmluYWwtUmVjaXBpZW50OiByZmM4MjI7IGl0LnRlc3RAZXhhbXBsZS5jb20K
T3JpZ2luYWwtUmVjaXBpZW50OiByZmM4MjI7aXQudGVzdEBleGFtcGxlLmNv
bQpBY3Rpb246IGZhaWxlZApTdGF0dXM6IDUuMS4xClJlbW90ZS1NVEE6IGRu
czsgaHR0cHM6Ly91cmxkZWZlbnNlLnByb29mcG9pbnQuY29tL3YyL3VybD91
PWh0dHAtM0FfX214MS0yRGV1MS5wcGUtMkRob3N0ZWQuY29tJmQ9RHdJQ0FR
JmM9ZXVHWnN0Y2FURGxsdmltRU44YjdqWHJ3cU9mLXY1QV9DZHBnblZmaWlN
TSZyPXhHRXU4VVVWTkh5al9CSVJXN1NWUEs4MUhucC1GU2FucTMtX1QxYW0t
S2cmbT1STW5pUG1qVHlraXdkZ2J6VVU3Q2V3eTBCZURfb3N5dHVRTFM2Y2Zs
ajMwJnM9MFEtcm44SFpTcUYxME9JU2pBSmRtZGc3SFQ5aUFERzJqc2FhYXh0
dDd0RSZlPQpEaWFnbm9zdGljLUNvZGU6IHNtdHA7IDU1MCA1LjEuMSA8aXQu
dGVzdEBleGFtcGxlLmNvbT46IFJlY2lwaWVudCBhZGRyZXNzCiAgICByZWpl
Y3RlZDogVXNlciB1bmtub3duCg==

--630A242E63.1643188008/hmail.jitbit.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <helpdesk@example.com>
Received: from [172.30.0.10] (support.jitbit.com [172.30.0.10])
	by hmail.jitbit.com (Postfix) with ESMTPA id 630A242E63
	for <it.test@example.com>; Wed, 26 Jan 2022 04:06:46 -0500 (EST)
From: Example RMM <helpdesk@example.com>
Date: Wed, 26 Jan 2022 09:06:45 +0000
Subject: FILE-SRV | eventlog | Security - Code: '4625'
Message-Id: <44565655.JitbitHelpdesk.13439.691a0afc-a0a0-457c-8208-f20b7c4a4cb1@jitbit.com>
To: it.test@example.com
X-Mailer: JitbitHelpdesk.13439
X-Auto-Response-Suppress: all
Content-Type: text/plain; charset=utf-8
MIME-Version: 1.0

--reply above this line--

--630A242E63.1643188008/hmail.jitbit.com--
""",
    [rcpt('it.test@example.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 <it.test@example.com>: Recipient address rejected: User unknown',
          URL)], 'bounce'))

REPO, PATH = 'jstedfast/MimeKit', 'UnitTests/TestData/messages/delivery-status2.txt'
URL = source(REPO, PATH)
N.append(('exim-unknown', REPO, PATH, """Return-Path: <>
Delivered-To: delivery@domain.fr
Content-Type: multipart/report; report-type=delivery-status; boundary=1693976473-eximdsn-1701494602
Subject: Mail delivery failed: returning message to sender

--1693976473-eximdsn-1701494602
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  source@domain.com
    Unknown user

--1693976473-eximdsn-1701494602
Content-type: message/delivery-status

Reporting-MTA: dns; smtp-out.dis-hosting.net

Action: failed
Final-Recipient: rfc822;source@domain.com
Status: 5.0.0

--1693976473-eximdsn-1701494602
Content-type: message/rfc822

Return-path: <delivery@domain.fr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=-iWPtdQHtSjT1IRqQrHYSXQ=="
Received-SPF: 

--=-iWPtdQHtSjT1IRqQrHYSXQ==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

TEXTE


--=-iWPtdQHtSjT1IRqQrHYSXQ==
Content-Type: text/html; charset=utf-8
Content-Id: <1DQ418BYWKU4.24XDT2YZ1B0B3@daikoz.com>
Content-Transfer-Encoding: 8bit

<!DOCTYPE html>
<html lang="fr" xmlns="http://www.w3.org/1999/xhtml">
<head>
</head>
<body>
    ...
</body>
</html>

--=-iWPtdQHtSjT1IRqQrHYSXQ==--

--1693976473-eximdsn-1701494602--
""",
    [rcpt('source@domain.com', 'invalid', 'userunknown', '5.0.0', '',
          'Unknown user',
          URL)], 'bounce'))

REPO, PATH = 'jstedfast/MimeKit', 'UnitTests/TestData/messages/multipart-report.txt'
URL = source(REPO, PATH)
N.append(('sprynet-1996', REPO, PATH, """Received: from ns.netscape.com (ns.netscape.com.mcom.com [198.95.251.10]) by maleman.mcom.com (8.6.9/8.6.9) with ESMTP id CAA12409 for <jwz@netscape.com>; Mon, 29 Jul 1996 02:24:55 -0700
Received: from mm1 (mm1.sprynet.com [165.121.1.50]) by ns.netscape.com (8.7.3/8.7.3) with ESMTP id CAA14074 for <jwz@netscape.com>; Mon, 29 Jul 1996 02:24:05 -0700 (PDT)
Received: by mm1.sprynet.com id <148226-12799>; Mon, 29 Jul 1996 02:21:58 -0700
From: The Post Office <postmaster@mm1.sprynet.com>
Subject: email delivery error
Cc: The Postmaster <postmaster@mm1.sprynet.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="A41C7.838631588=_/mm1"
Precedence: junk
Message-Id: <96Jul29.022158-0700pdt.148226-12799+708@mm1.sprynet.com>
To: unlisted-recipients:; (no To-header on input)
Date: Mon, 29 Jul 1996 02:13:08 -0700
X-UIDL: ee2855c88ed795f63bbcbfd279c80fab
X-Mozilla-Status: 0001
Content-Length: 1263

Processing your mail message caused the following errors:

error: err.nosuchuser: newsletter-request@imusic.com

--A41C7.838631588=_/mm1
Content-Type: message/delivery-status

Reporting-MTA: dns; mm1
Arrival-Date: Mon, 29 Jul 1996 02:12:50 -0700

Final-Recipient: RFC822; newsletter-request@imusic.com
Action: failed
Diagnostic-Code: X-LOCAL; 500 (err.nosuchuser)

--A41C7.838631588=_/mm1
Content-Type: message/rfc822

Received: from urchin.netscape.com ([198.95.250.59]) by mm1.sprynet.com with ESMTP id <148217-12799>; Mon, 29 Jul 1996 02:12:50 -0700
Received: from gruntle (gruntle.mcom.com [205.217.230.10]) by urchin.netscape.com (8.7.5/8.7.3) with SMTP id CAA24688 for <newsletter-request@imusic.com>; Mon, 29 Jul 1996 02:04:53 -0700 (PDT)
Sender: jwz@netscape.com
Message-ID: <31FC7EB4.41C6@netscape.com>
Date: Mon, 29 Jul 1996 02:04:52 -0700
From: Jamie Zawinski <jwz@netscape.com>
Organization: Netscape Communications Corporation, Mozilla Division
X-Mailer: Mozilla 3.0b6 (X11; U; IRIX 5.3 IP22)
MIME-Version: 1.0
To: newsletter-request@imusic.com
Subject: unsubscribe
References: <96Jul29.013736-0700pdt.148116-12799+675@mm1.sprynet.com>
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

unsubscribe
--A41C7.838631588=_/mm1--
""",
    [rcpt('newsletter-request@imusic.com', 'invalid', 'userunknown', '', '',
          '500 (err.nosuchuser)',
          URL)], 'bounce'))

REPO, PATH = 'jstedfast/MimeKit', 'UnitTests/TestData/messages/disposition-notification.txt'
URL = source(REPO, PATH)
N.append(('mdn', REPO, PATH, """Date: Wed, 20 Sep 1995 00:19:00 (EDT) -0400
From: Joe Recipient <Joe_Recipient@example.com>
Message-Id: <199509200019.12345@example.com>
Subject: Disposition notification
To: Jane Sender <Jane_Sender@example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="RAA14128.773615765/example.com"

--RAA14128.773615765/example.com

The message sent on 1995 Sep 19 at 13:30:00 (EDT) -0400 to Joe
Recipient <Joe_Recipient@example.com> with subject "First draft of
report" has been displayed.  This is no guarantee that the message
has been read or understood.

--RAA14128.773615765/example.com
content-type: message/disposition-notification

Reporting-UA: joes-pc.cs.example.com; Foomail 97.1
Original-Recipient: rfc822;Joe_Recipient@example.com
Final-Recipient: rfc822;Joe_Recipient@example.com
Original-Message-ID: <199509192301.23456@example.org>
Disposition: manual-action/MDN-sent-manually; displayed

--RAA14128.773615765/example.com
content-type: message/rfc822

Date: Tue, 19 Sep 1995 13:30:00 (EDT) -0400
From: Jane Sender <Jane_Sender@example.com>
Message-Id: <199509192301.23456@example.org>
Subject: First draft of report
To: Joe Recipient <Joe_Recipient@example.com>
MIME-Version: 1.0
Content-Type: text/plain

Hey Joe,

This is a test message for the first draft of the multipart/report spec.

- Jane

--RAA14128.773615765/example.com--
""",
    [], 'notbounce'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/mailbox/test-messages/dsn1.eml'
URL = source(REPO, PATH)
N.append(('o365-icloud', REPO, PATH, """Return-Path: <>
Received: from CWXP265CU008.outbound.protection.outlook.com (mail-ukwestazhn15010017.outbound.protection.outlook.com [52.102.166.17])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange ECDHE (secp384r1) server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by phl-mx-08.messagingengine.com (Postfix) with ESMTPS id 9CE88150020C
	for <hello@example.com>; Wed, 23 Sep 2026 05:15:54 -0400 (EDT)
MIME-Version: 1.0
From: <postmaster@acsemailuk2.onmicrosoft.com>
To: <hello@example.com>
Date: Wed, 23 Sep 2026 09:15:51 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2502fa2e-2051-48e3-b87b-b04e02faddb4"
Content-Language: en-US
Message-ID:
 <b40e34f0-9c1a-42bb-a9fd-f6e0ef0521be@LOVP265MB8674.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <07WQFpqCuYqPnfRIyWPW3E4X@example.com>
References: <07WQFpqCuYqPnfRIyWPW3E4X@example.com>
Subject: Undeliverable: Confirm your email address
Auto-Submitted: auto-replied

--2502fa2e-2051-48e3-b87b-b04e02faddb4
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="51e17011-43a1-412f-80ac-295ed1fba71e"

--51e17011-43a1-412f-80ac-295ed1fba71e
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

[https://products.office.com/en-us/CMSImages/Office365Logo_Orange.png]
Your message to bounce@icloud.com couldn't be delivered.
Security or policy settings at icloud.com have rejected your message.
hello   Office 365      icloud.com
Sender          Action Required
Security or policy violation

How to Fix It
The recipient's email server won't accept your message because it appears t=
o violate their security or policy settings. Check the Reported error below=
 to see if you can determine why it was blocked. Then try one or more of th=
e following:

  *   If the error mentions SPF, DKIM, or DMARC issues, forward this messag=
e to your email admin for assistance.
  *   The recipient's email server might suspect that your message is spam.=
 Follow the guidance in this article: E-mailing Best Practices for Senders<=
https://aka.ms/EmailingBestPractices>. Then resend your message.
  *   If the error suggests your message is too large, try to reduce the si=
ze of your attachment. If that isn't possible, place the file on a publicly=
 accessible cloud storage location, like OneDrive. Then add a link to the f=
ile in your message, and resend the message.
  *   Contact the recipient (by phone, for example) and tell them to ask th=
eir email admin to add you or your email domain to their allowed senders li=
st.

If the problem continues, forward this message to your email admin. If you'=
re an email admin, refer to the More Info for Email Admins section below.

Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlin=
k/?LinkId=3D525928>.
________________________________

More Info for Email Admins
Status code: 550 5.7.1

This error occurs when the recipient's domain has security or policy settin=
gs that reject the sender's message. However, we were unable to determine t=
he specific setting that's causing this rejection. Usually the error is rep=
orted by an email server outside of Office 365. Common issues include the f=
ollowing: the receiving server suspects the message is malicious or spam; t=
he Sender Policy Framework (SPF) record for example.com is incorrectly c=
onfigured or doesn't exist; or the message includes an attachment larger th=
an the receiving server will accept. Try one or more of the following:

Review the reported error - Check the Reported error shown below to help de=
termine what the issue might be. For example, if the issue is related to an=
 SPF failure, the reported error will usually include the acronym "SPF" or =
the phrase "Sender Policy Framework."

Original Message Details
Created Date:   9/23/2026 9:15:36 AM
Sender Address: hello@example.com
Recipient Address:      bounce@icloud.com
Subject:        Confirm your email address

Error Details
Error:  554 5.7.1 [CS01] Message rejected due to local policy. Please visit=
 https://support.apple.com/en-us/HT204137. Txn ID 00000000-0000-0000-0000-b=
00000000000
Message rejected by:    p00-iscream-smtp-7b95d6f6c9-64bmv

Notification Details
Sent by:        LOVP265MB8674.GBRP265.PROD.OUTLOOK.COM

Original Message Headers

Message-ID: <07WQFpqCuYqPnfRIyWPW3E4X@example.com>
Subject: Confirm your email address
Date: Wed, 23 Sep 2026 10:15:36 +0100
MIME-Version: 1.0
To: bounce@icloud.com
From: Test <hello@example.com>


--51e17011-43a1-412f-80ac-295ed1fba71e--

--2502fa2e-2051-48e3-b87b-b04e02faddb4
Content-Type: message/delivery-status

Reporting-MTA: dns;LOVP265MB8674.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Wed, 23 Sep 2026 09:15:43 +0000

Final-Recipient: rfc822;bounce@icloud.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137. Txn ID 00000000-0000-0000-0000-000000000000
Remote-MTA: dns;p00-iscream-smtp-7b95d6f6c9-64bmv


--2502fa2e-2051-48e3-b87b-b04e02faddb4
Content-Type: message/rfc822

Message-ID: <07WQFpqCuYqPnfRIyWPW3E4X@example.com>
Subject: Confirm your email address
Date: Wed, 23 Sep 2026 10:15:36 +0100
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
To: bounce@icloud.com
From: Test <hello@example.com>

<html><body></body></html>

--2502fa2e-2051-48e3-b87b-b04e02faddb4--
""",
    [rcpt('bounce@icloud.com', 'blocked', 'policyviolation', '5.7.1', '554',
          '554 5.7.1 [CS01] Message rejected due to local policy.',
          URL, ok=('content',))], 'bounce'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/mailbox/test-messages/dsn2.eml'
URL = source(REPO, PATH)
N.append(('postfix-global', REPO, PATH, """Return-Path: <>
Delivered-To: hirlevel@example.com
Received: by mail.example.com (Postfix)
	id 7B7811A086CF; Thu,  6 Jan 2022 15:02:57 +0100 (CET)
Date: Thu,  6 Jan 2022 15:02:57 +0100 (CET)
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: hirlevel@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="41FE61A09C01.1641477777/mail.example.com"
Content-Transfer-Encoding: 8bit
Message-Id: <20220106140257.7B7811A086CF@mail.example.com>

This is a MIME-encapsulated message.

--41FE61A09C01.1641477777/mail.example.com
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<test@example.com>: Host or domain name not found. Name
    service error for name=example.com type=A: Host not found

--41FE61A09C01.1641477777/mail.example.com
Content-Description: Delivery report
Content-Type: message/global-delivery-status
Content-Transfer-Encoding: 8bit

Reporting-MTA: dns; mail.example.com
X-Postfix-Queue-ID: 41FE61A09C01
X-Postfix-Sender: rfc822; hirlevel@example.com
Arrival-Date: Thu,  6 Jan 2022 15:02:57 +0100 (CET)

Final-Recipient: rfc822; test@example.com
Original-Recipient: rfc822;test@example.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=example.com type=A: Host not found

--41FE61A09C01.1641477777/mail.example.com
Content-Description: Undelivered Message
Content-Type: message/global
Content-Transfer-Encoding: 8bit

Return-Path: <hirlevel@example.com>
Received: from localhost (mail.example.com [127.0.0.1])
	(Authenticated sender: hirlevel@example.com)
	by mail.example.com (Postfix) with UTF8SMTPSA id AE0231A086CF
	for <test@example.com>; Thu,  6 Jan 2022 15:02:56 +0100 (CET)
Content-Type: text/html; charset=UTF-8
To: <test@example.com>
Message-Id: <1641477776713090833.30240.5322564447204887968@edu3>
X-Listmonk-Subscriber: a1c7a976-ad38-44f2-84de-55b0dc375352
Content-Transfer-Encoding: quoted-printable
Subject: =?UTF-8?q?Bojler_Elad=C3=B3!?=
From: <hirlevel@example.com>
Date: Thu, 06 Jan 2022 15:02:56 +0100
Mime-Version: 1.0

<html><body></body></html>

--41FE61A09C01.1641477777/mail.example.com--
""",
    [rcpt('test@example.com', 'invalid', 'hostunknown', '5.4.4', '',
          'Host or domain name not found. Name service error for name=example.com type=A: Host not found',
          URL)], 'bounce'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/mailbox/test-messages/dsn4.eml'
URL = source(REPO, PATH)
N.append(('sendmail-hostunknown', REPO, PATH, """Return-Path: <>
Received: from mail.example.com (mail.example.com [10.1.2.101])
         by mailstore.example.com with LMTPA;
         Wed, 29 Sep 2021 08:20:33 +0000
Date: Wed, 29 Sep 2021 08:20:34 GMT
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>
Message-Id: <202109290820.18T8KYXY004619@mail.example.com>
To: prvs=190694bd6d=no-reply@sender.example.com
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="18T8KYXY004619.1632903634/mail.example.com"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--18T8KYXY004619.1632903634/mail.example.com

The original message was received at Wed, 29 Sep 2021 08:20:33 GMT
from mail.example.com [10.1.2.101]

* Sendmail is experiencing difficulty in delivering your message.

   ----- The following addresses had permanent fatal errors -----
<sas@example.ch>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <sas@example.ch>... Host unknown (Name server: example.ch.
: host not found)

--18T8KYXY004619.1632903634/mail.example.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com
Received-From-MTA: DNS; mail.example.com
Arrival-Date: Wed, 29 Sep 2021 08:20:33 GMT

Final-Recipient: RFC822; sas@example.ch
Action: failed
Status: 5.1.2
Remote-MTA: DNS; example.ch
Diagnostic-Code: SMTP; 550 Host unknown
Last-Attempt-Date: Wed, 29 Sep 2021 08:20:34 GMT

--18T8KYXY004619.1632903634/mail.example.com
Content-Type: text/rfc822-headers

Return-Path: <prvs=190694bd6d=no-reply@sender.example.com>
Received: from mail.example.com (mail.example.com [10.1.2.101])
        by mail.example.com with ESMTP id 18T8KXXY004617
        for <sas@example.ch>; Wed, 29 Sep 2021 08:20:33 GMT
X-Listmonk-Subscriber: 73d11b6b-3da2-47d5-9dd6-7b3c96a8e15b
Message-Id: <1632903633748563659.927.5595426720521411472@examplece>
Mime-Version: 1.0
From: "Test Test" <no-reply@sender.example.com>
Date: Wed, 29 Sep 2021 08:20:33 +0000
X-Listmonk-Campaign: 730438ad-a86a-424d-8604-288f6f6f1831
List-Unsubscribe-Post: List-Unsubscribe=One-Click

--18T8KYXY004619.1632903634/mail.example.com--
""",
    [rcpt('sas@example.ch', 'invalid', 'hostunknown', '5.1.2', '550',
          '550 Host unknown',
          URL)], 'bounce'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/mailbox/test-messages/dsn5.eml'
URL = source(REPO, PATH)
N.append(('gomta-icloud', REPO, PATH, """From: <postmaster@list.example.com>
To: <bounces@list.example.com>
Subject: mail delivery failed
Message-Id: <dtbbDAYh7sHWvZFy9D1rSQ@list.example.com>
References: <xy4svdnGpJwy2BjYjJouGako@example.com>
Date: 30 Sep 2026 15:03:07 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; boundary="43d715581a33a00c5a9126d941ca57b30657bfbf2777f83dd5082fc15f24"

--43d715581a33a00c5a9126d941ca57b30657bfbf2777f83dd5082fc15f24
Content-Transfer-Encoding: 7BIT
Content-Type: text/plain


Delivery has failed permanently for your email to:

	bounce@icloud.com

No further deliveries will be attempted.

Error during the last delivery attempt:

	remote smtp server sent unexpected response status code: got 554, expected 2xx, permanent: 554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137. Txn ID 00000000-0000-0000-0000-000000000000

Full SMTP response:

	554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137. Txn ID 00000000-0000-0000-0000-000000000000

--43d715581a33a00c5a9126d941ca57b30657bfbf2777f83dd5082fc15f24
Content-Transfer-Encoding: 7BIT
Content-Type: message/delivery-status

Reporting-MTA: dns; list.example.com
Arrival-Date: 30 Sep 2026 15:02:58 +0000

Final-Recipient: rfc822;bounce@icloud.com
Action: failed
Status: 5.7.1 (remote smtp server sent unexpected response status code: got 554, expected 2xx, permanent: 554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137. Txn ID 00000000-0000-0000-0000-000000000000)
Remote-MTA: dns;mx01.mail.icloud.com
Diagnostic-Code: smtp; 554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137. Txn ID 00000000-0000-0000-0000-000000000000
Last-Attempt-Date: 30 Sep 2026 15:02:58 +0000

--43d715581a33a00c5a9126d941ca57b30657bfbf2777f83dd5082fc15f24
Content-Transfer-Encoding: 7BIT
Content-Type: text/rfc822-headers

Received: from list.example.com by
	list.example.com ([172.30.0.3]) via tcp with ESMTPSA id
	flM-mvBoUb3HgCXYACQp7w (TLS1.3 TLS_AES_128_GCM_SHA256) for
	<bounce@icloud.com>; 30 Sep 2026 15:02:58 +0000
Message-Id: <xy4svdnGpJwy2BjYjJouGako@example.com>
Subject: Confirm your email address
From: "Test" <hello@example.com>
Date: Wed, 30 Sep 2026 16:02:58 +0100
Mime-Version: 1.0
X-Listmonk-Subscriber: a4eec08a-4c6e-4c49-ba0b-54bb2a96d768
To: <bounce@icloud.com>
Content-Type: multipart/alternative;
 boundary=ddbb07ef3c669acf960d7710113df3a8b954aac6756beb62ccc8d1982639

--43d715581a33a00c5a9126d941ca57b30657bfbf2777f83dd5082fc15f24--
""",
    [rcpt('bounce@icloud.com', 'blocked', 'policyviolation', '5.7.1', '554',
          '554 5.7.1 [CS01] Message rejected due to local policy.',
          URL, ok=('content',))], 'bounce'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/mailbox/test-messages/dsn6.eml'
URL = source(REPO, PATH)
N.append(('gomta-571', REPO, PATH, """From: <postmaster@list.example.com>
To: <bounces@list.example.com>
Subject: mail delivery failed
Message-Id: <dtbbDAYh7sHWvZFy9D1rSQ@list.example.com>
References: <xy4svdnGpJwy2BjYjJouGako@example.com>
Date: 30 Sep 2026 15:03:07 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; boundary="43d715581a33a00c5a9126d941ca57b30657bfbf2777f83dd5082fc15f24"

--43d715581a33a00c5a9126d941ca57b30657bfbf2777f83dd5082fc15f24
Content-Transfer-Encoding: 7BIT
Content-Type: text/plain


Delivery has failed permanently for your email to:

	bounce@icloud.com

No further deliveries will be attempted.

Error during the last delivery attempt:

	remote smtp server sent unexpected response status code: got 554, expected 2xx, permanent: 554 5.7.1

--43d715581a33a00c5a9126d941ca57b30657bfbf2777f83dd5082fc15f24
Content-Transfer-Encoding: 7BIT
Content-Type: message/delivery-status

Reporting-MTA: dns; list.example.com
Arrival-Date: 30 Sep 2026 15:02:58 +0000

Final-Recipient: rfc822;bounce@icloud.com
Action: failed
Status: 5.7.1
Remote-MTA: dns;mx01.mail.icloud.com
Diagnostic-Code: smtp; 554 5.7.1
Last-Attempt-Date: 30 Sep 2026 15:02:58 +0000

--43d715581a33a00c5a9126d941ca57b30657bfbf2777f83dd5082fc15f24--
""",
    [rcpt('bounce@icloud.com', 'blocked', 'securityerror', '5.7.1', '554',
          '554 5.7.1',
          URL, ok=('content',))], 'bounce'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/mailbox/test-messages/dsn7.eml'
URL = source(REPO, PATH)
N.append(('ses-simulator', REPO, PATH, """Return-Path: <>
Received: from d218-244.smtp-out.eu-west-2.amazonses.com ([23.249.218.244])
	by example.com ([172.30.0.3]) via tcp with ESMTPS id
	LMjE7k0fPNNIp8bKR04uZA (TLS1.3 TLS_AES_128_GCM_SHA256) for
	<bounces@example.com>; 5 Oct 2026 11:31:51 +0000
Date: Mon, 5 Oct 2026 11:31:50 +0000
From: MAILER-DAEMON@eu-west-2.amazonses.com
To: Test Bounces <bounces@example.com>
Message-ID: <010b01a10bd59ab4-0816c2f1-77d0-41a1-8edb-92df76e92a3b-000000@eu-west-2.amazonses.com>
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; 
	boundary="----=_Part_94187_1779699454.1791199910604"; 
	report-type=delivery-status
Feedback-ID: ::1.eu-west-2.xt7WMhTko9T30pmfpYXYpWY4KSstOlp/P5M0f0u9GXk=:AmazonSES
X-SES-Outgoing: 2026.10.05-23.249.218.244

------=_Part_94187_1779699454.1791199910604
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Content-Description: Notification

An error occurred while trying to deliver the mail to the following recipients:
bounce@simulator.amazonses.com
------=_Part_94187_1779699454.1791199910604
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit
Content-Description: Delivery Status Notification

Reporting-MTA: dns; d218-15.smtp-out.eu-west-2.amazonses.com

Action: failed
Final-Recipient: rfc822; bounce@simulator.amazonses.com
Diagnostic-Code: smtp; 550 5.1.1 As requested: user unknown <bounce@simulator.amazonses.com>
Status: 5.1.1


------=_Part_94187_1779699454.1791199910604
Content-Type: message/rfc822
Content-Description: Undelivered Message

Subject: Test Message
Message-Id: <010b01a10bd5988a-600e3591-2708-4a3c-8c35-f0825c9ab130-000000@eu-west-2.amazonses.com>
From: Test Bounces <bounces@example.com>
Date: Mon, 5 Oct 2026 11:31:50 +0000
Mime-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
To: bounce@simulator.amazonses.com

<!doctype html>
<html>
  <body>
  </body>
</html>
------=_Part_94187_1779699454.1791199910604--
""",
    [rcpt('bounce@simulator.amazonses.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 As requested: user unknown <bounce@simulator.amazonses.com>',
          URL)], 'bounce'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/mailbox/test-messages/arf1.eml'
URL = source(REPO, PATH)
N.append(('arf-ses', REPO, PATH, """Return-Path: <no-reply@amazonses.com>
Received: from d218-243.smtp-out.eu-west-2.amazonses.com ([23.249.218.243])
	by example.com ([172.30.0.3]) via tcp with ESMTPS id
	YLPJ694dQ0YfrbsQtp_BZQ (TLS1.3 TLS_AES_128_GCM_SHA256) for
	<bounces@example.com>; 5 Oct 2026 11:32:29 +0000
Date: Mon, 5 Oct 2026 11:32:28 +0000
From: complaints@eu-west-2.email-abuse.amazonses.com
To: Bounce Test <bounces@example.com>
Message-ID: <010b01a10bd62e99-67c5dd8c-4b1a-4b00-8095-94426eaca9ee-000000@eu-west-2.amazonses.com>
Subject: FW:Test Message
MIME-Version: 1.0
Content-Type: multipart/report; 
	boundary="----=_Part_61506_10144811.1791199947129";
	report-type=feedback-report
Feedback-ID: ::1.eu-west-2.xt7WMhTko9T30pmfpYXYpWY4KSstOlp/P5M0f0u9GXk=:AmazonSES
X-SES-Outgoing: 2026.10.05-23.249.218.243

------=_Part_61506_10144811.1791199947129
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

This is an example of a complaint email response.

Thank you,

-Amazon SES Mailbox Simulator

------=_Part_61506_10144811.1791199947129
Content-Type: message/feedback-report
Content-Transfer-Encoding: 7bit

Feedback-Type: abuse
User-Agent: Amazon SES Mailbox Simulator
Version: 3.0
Original-Envelope-Id: <010b01a10bd62800-41b17c07-f21d-44fe-8e92-7d52e2484de7-000000@eu-west-2.amazonses.com>
Original-Mail-From: 010b01a10bd62800-41b17c07-f21d-44fe-8e92-7d52e2484de7-000000@example.com
Original-Rcpt-to: complaint@simulator.amazonses.com
Source-IP: 10.0.80.40

------=_Part_61506_10144811.1791199947129
Content-Type: message/rfc822

Received: from d218-16.smtp-out.eu-west-2.amazonses.com (ip-10-0-80-40.eu-west-1.compute.internal [10.0.80.40])
        by ip-10-0-61-199.eu-west-1.compute.internal
        with SMTP (Amazon SES Mailbox Simulator) id 6YUvyUTg3xyPX18uJ6mX
        for complaint@simulator.amazonses.com;
        Mon, 05 Oct 2026 11:32:27 +0000 (UTC)
Subject: Test Message
Message-ID: <010b01a10bd62800-41b17c07-f21d-44fe-8e92-7d52e2484de7-000000@eu-west-2.amazonses.com>
From: Bounce Test <bounces@example.com>
Date: Mon, 5 Oct 2026 11:32:26 +0000
Mime-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
To: complaint@simulator.amazonses.com

<!doctype html>
<html>
  <body>
  </body>
</html>

------=_Part_61506_10144811.1791199947129--
""",
    [rcpt('complaint@simulator.amazonses.com', 'complaint', 'feedback', '', '',
          '',
          URL)], 'feedback'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/gmail.bounce'
URL = source(REPO, PATH)
N.append(('gmail', REPO, PATH, """Delivered-To: sender@example.co.in
Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])
        by mx.google.com with SMTPS id x9sor5739157pjh.37.2021.05.23.10.33.15
        for <sender@example.co.in>
        (Google Transport Security);
        Sun, 23 May 2021 10:33:15 -0700 (PDT)
Content-Type: multipart/report; boundary="0000000000001cf3b205c302b0a3"; report-type=delivery-status
To: sender@example.co.in
Return-Path: <>
Auto-Submitted: auto-replied
Message-ID: <60aa91db.1c69fb81.218cf.a9fa.GMR@mx.google.com>
Date: Sun, 23 May 2021 10:33:15 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)
References: <b417b131-afeb-1989-0d49-d6114141a784@example.co.in>
In-Reply-To: <b417b131-afeb-1989-0d49-d6114141a784@example.co.in>
X-Failed-Recipients: psaodp2apsdoad9@example.co.in

--0000000000001cf3b205c302b0a3
Content-Type: multipart/related; boundary="0000000000001cfdaa05c302b0a7"

--0000000000001cfdaa05c302b0a7
Content-Type: multipart/alternative; boundary="0000000000001cfdb405c302b0a8"

--0000000000001cfdb405c302b0a8
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to psaodp2apsdoad9@example.co.in because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser j11sor9289118pjs.32 - gsmtp

--0000000000001cfdb405c302b0a8--
--0000000000001cfdaa05c302b0a7--
--0000000000001cf3b205c302b0a3
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; sender@example.co.in
Arrival-Date: Sun, 23 May 2021 10:33:14 -0700 (PDT)
X-Original-Message-ID: <b417b131-afeb-1989-0d49-d6114141a784@example.co.in>

Final-Recipient: rfc822; psaodp2apsdoad9@example.co.in
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try
 550-5.1.1 double-checking the recipient's email address for typos or
 550-5.1.1 unnecessary spaces. Learn more at
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser j11sor9289118pjs.32 - gsmtp
Last-Attempt-Date: Sun, 23 May 2021 10:33:15 -0700 (PDT)

--0000000000001cf3b205c302b0a3
Content-Type: message/rfc822

Return-Path: <sender@example.co.in>
Received: from [192.168.1.108] ([106.51.89.95])
        by smtp.gmail.com with ESMTPSA id n23sm6419900pgv.76.2021.05.23.10.33.13
        for <psaodp2apsdoad9@example.co.in>
        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);
        Sun, 23 May 2021 10:33:14 -0700 (PDT)
To: psaodp2apsdoad9@example.co.in
From: K. N. <sender@example.co.in>
Subject: test
Message-ID: <b417b131-afeb-1989-0d49-d6114141a784@example.co.in>
Date: Sun, 23 May 2021 23:03:11 +0530
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Language: en-US
Content-Transfer-Encoding: 7bit

<p>this is a test message and can be ignored.</p>

--0000000000001cf3b205c302b0a3--
""",
    [rcpt('psaodp2apsdoad9@example.co.in', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 The email account that you tried to reach does not exist.',
          URL)], 'bounce'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/proton.bounce'
URL = source(REPO, PATH)
N.append(('protonmail', REPO, PATH, """Content-Type: multipart/mixed;
 boundary=ea9649a4b8e544897b542b3a1b97e2d172a7efdd385fe08531c312b947091452
References:  <_GK6cYA-I3T01OCdH_MIi1whoJheEQ3--oTPqsatnNKqyJTNfcCFOQMJRqXyDtdOn_jPw7qb40E1F8QlDS_OAw==@protonmail.internalid>
X-Pm-Date: Sun, 23 May 2021 17:12:42 +0000
X-Pm-External-Id: <4Fp6NV4QXQz4wwcG@mail1.protonmail.ch>
To: <sender@example.in>
Reply-To: <MAILER-DAEMON@protonmail.com>
From: <MAILER-DAEMON@protonmail.com>
Subject: Undelivered Mail Returned to Sender
Delivered-To: sender@example.in
X-Pm-Spam-Action: dunno
X-Pm-Origin: internal
X-Attached: email-1.3.eml
Return-Path: <>
Mime-Version: 1.0
Received: by mail1.protonmail.ch (Postfix) id 4Fp6NV4QXQz4wwcG; Sun, 23 May
 2021 17:12:42 +0000 (UTC)
Date: Sun, 23 May 2021 17:12:42 +0000 (UTC)
X-Original-To: sender@example.in
X-Pm-Content-Encryption: on-delivery
Message-Id: <4Fp6NV4QXQz4wwcG@mail1.protonmail.ch>
Auto-Submitted: auto-replied
X-Pm-Spamscore: 0

--ea9649a4b8e544897b542b3a1b97e2d172a7efdd385fe08531c312b947091452
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8

This is the mail system at ProtonMail.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please forward this email to support@protonmail.com=
.

If you do so, you can delete your own text from the attached returned messa=
ge.


<osdktestpaostestapleps199aopp@example.co.in>: host
    aspmx.l.google.com[172.217.218.26] said: 550-5.1.1 The email account th=
at
    you tried to reach does not exist. Please try 550-5.1.1 double-checking=
 the
    recipient's email address for typos or 550-5.1.1 unnecessary spaces. Le=
arn
    more at 550 5.1.1  https://support.google.com/mail/?p=3DNoSuchUser
    c95si12273060edf.464 - gsmtp (in reply to RCPT TO command)
----------------------------------------------
message/delivery-status
----------------------------------------------
Reporting-MTA: dns; mail1.protonmail.ch
X-Postfix-Queue-ID: 4Fp6NT5QDfz4wwcW
X-Postfix-Sender: rfc822; sender@example.in
Arrival-Date: Sun, 23 May 2021 17:12:41 +0000 (UTC)

Final-Recipient: rfc822; osdktestpaostestapleps199aopp@example.co.in
Original-Recipient: rfc822;osdktestpaostestapleps199aopp@example.co.in
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach =
does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.=
1.1
    https://support.google.com/mail/?p=3DNoSuchUser c95si12273060edf.464 - =
gsmtp
----------------------------------------------
message/rfc822
----------------------------------------------
Return-Path: <sender@example.in>
Date: Sun, 23 May 2021 17:12:34 +0000
To: osdktestpaostestapleps199aopp@example.co.in
From: K. N. <sender@example.in>
Subject: Hi, this is a test!
Message-ID: <231fe26c-de5f-1fd7-b658-6452ae74149e@example.in>
MIME-Version: 1.0
Content-Type: text/plain; charset=3Dutf-8
Content-Transfer-Encoding: quoted-printable

Empty Message


--ea9649a4b8e544897b542b3a1b97e2d172a7efdd385fe08531c312b947091452
Content-Disposition: attachment; filename=email-1.3.eml
Content-Type: message/rfc822; name=email-1.3.eml
Content-Description: Undelivered Message
X-Pm-Content-Encryption: on-delivery

Return-Path: <sender@example.in>
Date: Sun, 23 May 2021 17:12:34 +0000
To: osdktestpaostestapleps199aopp@example.co.in
From: K. N. <sender@example.in>
Subject: Hi, this is a test!
Message-ID: <231fe26c-de5f-1fd7-b658-6452ae74149e@example.in>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Empty Message


--ea9649a4b8e544897b542b3a1b97e2d172a7efdd385fe08531c312b947091452--
""",
    [rcpt('osdktestpaostestapleps199aopp@example.co.in', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 The email account that you tried to reach does not exist.',
          URL)], 'bounce'))

REPO, PATH = 'dimagi/commcare-hq', 'corehq/util/tests/data/email/forwarded_bounce.txt'
URL = source(REPO, PATH)
N.append(('ses-dsn-forward', REPO, PATH, """Delivered-To: commcarehq-bounces+production@dimagi.com
Return-Path: <>
From: MAILER-DAEMON@amazonses.com
To: commcarehq-bounces+production@dimagi.com
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="----=_Part_1262136_1664729052.1579478885297"; report-type=delivery-status
Date: Mon, 20 Jan 2020 00:08:05 +0000

------=_Part_1262136_1664729052.1579478885297
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit

This is a nonstandard forward of a bounced message
------=_Part_1262136_1664729052.1579478885297
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit
Content-Description: Delivery Status Notification


------=_Part_1262136_1664729052.1579478885297
Content-Type: message/rfc822
Content-Description: Undelivered Message

Content-Type: multipart/alternative; boundary="===============8059403940475160788=="
MIME-Version: 1.0
Subject: Please update your project settings for fake-project
From: commcarehq-noreply@dimagi.com
To: bouncedemail@gmail.com
Cc: commcarehq-noreply@dimagi.com
Date: Mon, 20 Jan 2020 00:01:46 +0000

--===============8059403940475160788==
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit

Hey,

This is a bounced message.

Thanks!
CommCareHQ

--===============8059403940475160788==
Content-Type: text/html; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit

<p>
  Hey,
</p>

<p>
  This is a bounced message
</p>


--===============8059403940475160788==--

------=_Part_1262136_1664729052.1579478885297--
""",
    [rcpt('bouncedemail@gmail.com', 'unknown', 'undefined', '', '',
          'This is a nonstandard forward of a bounced message',
          URL)], 'bounce'))

REPO, PATH = 'knadh/listmonk', 'internal/bounce/mailbox/test-messages/dsn8.eml'
URL = source(REPO, PATH)
N.append(('o365-icloud', REPO, PATH, """Return-Path: <>
Received: from CWXP265CU008.outbound.protection.outlook.com (mail-ukwestazhn15010017.outbound.protection.outlook.com [52.102.166.17])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange ECDHE (secp384r1) server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by example.com (Postfix) with ESMTPS id 9CE88150020C
	for <hello@example.com>; Wed, 23 Sep 2026 05:15:54 -0400 (EDT)
MIME-Version: 1.0
From: <postmaster@acsemailuk2.onmicrosoft.com>
To: <hello@example.com>
Date: Wed, 23 Sep 2026 09:15:51 +0000
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="51e17011-43a1-412f-80ac-295ed1fba71e"
Content-Language: en-US
Message-ID:
 <b40e34f0-9c1a-42bb-a9fd-f6e0ef0521be@LOVP265MB8674.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <07WQFpqCuYqPnfRIyWPW3E4X@example.com>
References: <07WQFpqCuYqPnfRIyWPW3E4X@example.com>
Subject: Undeliverable: Confirm your email address
Auto-Submitted: auto-replied

--51e17011-43a1-412f-80ac-295ed1fba71e
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

[https://products.office.com/en-us/CMSImages/Office365Logo_Orange.png]
Your message to bounce@icloud.com couldn't be delivered.
Security or policy settings at icloud.com have rejected your message.
hello   Office 365      icloud.com
Sender          Action Required
Security or policy violation

How to Fix It
The recipient's email server won't accept your message because it appears t=
o violate their security or policy settings. Check the Reported error below=
 to see if you can determine why it was blocked. Then try one or more of th=
e following:

  *   If the error mentions SPF, DKIM, or DMARC issues, forward this messag=
e to your email admin for assistance.
  *   The recipient's email server might suspect that your message is spam.=
 Follow the guidance in this article: E-mailing Best Practices for Senders<=
https://aka.ms/EmailingBestPractices>. Then resend your message.
  *   If the error suggests your message is too large, try to reduce the si=
ze of your attachment. If that isn't possible, place the file on a publicly=
 accessible cloud storage location, like OneDrive. Then add a link to the f=
ile in your message, and resend the message.
  *   Contact the recipient (by phone, for example) and tell them to ask th=
eir email admin to add you or your email domain to their allowed senders li=
st.

If the problem continues, forward this message to your email admin. If you'=
re an email admin, refer to the More Info for Email Admins section below.

Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlin=
k/?LinkId=3D525928>.
________________________________

More Info for Email Admins
Status code: 550 5.7.1

This error occurs when the recipient's domain has security or policy settin=
gs that reject the sender's message. However, we were unable to determine t=
he specific setting that's causing this rejection. Usually the error is rep=
orted by an email server outside of Office 365. Common issues include the f=
ollowing: the receiving server suspects the message is malicious or spam; t=
he Sender Policy Framework (SPF) record for example.com is incorrectly c=
onfigured or doesn't exist; or the message includes an attachment larger th=
an the receiving server will accept. Try one or more of the following:

Review the reported error - Check the Reported error shown below to help de=
termine what the issue might be. For example, if the issue is related to an=
 SPF failure, the reported error will usually include the acronym "SPF" or =
the phrase "Sender Policy Framework."

Original Message Details
Created Date:   9/23/2026 9:15:36 AM
Sender Address: hello@example.com
Recipient Address:      bounce@icloud.com
Subject:        Confirm your email address

Error Details
Error:  554 5.7.1 [CS01] Message rejected due to local policy. Please visit=
 https://support.apple.com/en-us/HT204137. Txn ID 00000000-0000-0000-0000-b=
00000000000
Message rejected by:    p00-iscream-smtp-7b95d6f6c9-64bmv

Notification Details
Sent by:        LOVP265MB8674.GBRP265.PROD.OUTLOOK.COM

Original Message Headers

Message-ID: <07WQFpqCuYqPnfRIyWPW3E4X@example.com>
Subject: Confirm your email address
Date: Wed, 23 Sep 2026 10:15:36 +0100
MIME-Version: 1.0
To: bounce@icloud.com
From: Test <hello@example.com>


--51e17011-43a1-412f-80ac-295ed1fba71e--
""",
    [rcpt('bounce@icloud.com', 'blocked', 'policyviolation', '5.7.1', '554',
          '554 5.7.1 [CS01] Message rejected due to local policy.',
          URL, ok=('content',))], 'bounce'))

REPO, PATH = 'freeCodeCamp/guide', 'pull/1844'
URL = source(REPO, PATH)
N.append(('exim-deferred', REPO, PATH, """From: Mail Delivery System <Mailer-Daemon@server.example-india.net>
To: sender@example.com
Subject: Mail delivery failed: returning message to sender
Date: Thu, 19 Oct 2017 10:00:00 +0530
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a temporary error. The following address(es) deferred:

  backup.team@gmail.com
    Domain example-india.net has exceeded the max emails per hour (124/100 (124%)) allowed.  Message will be reattempted later
""",
    [], 'delayed'))

if __name__ == "__main__":
    write(sys.argv, __file__, "wild2", N)
