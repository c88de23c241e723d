#!/usr/bin/env python3
"""The notices of tests/corpus/wild3, for ../wild3_set.py to write
(see it and README.md).  usage: make.py [DIR]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wild3_set import rcpt, source, write  # noqa: E402

N = []

REPO, PATH = 'DOAJ/doaj', 'issues/963'
URL = source(REPO, PATH)
N.append(('gmail-connect', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Tue, 08 Dec 2015 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Delivery to the following recipient failed permanently:

     feedback@mail136-14.atl41.mandrillapp.com

Technical details of permanent failure:
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720
[(10) mail.mail136-14.atl41.mandrillapp.com. [198.2.136.14]:25: socket error]
""",
    [
    rcpt('feedback@mail136-14.atl41.mandrillapp.com', 'retry-later', 'networkerror', '', '',
         'The recipient server did not accept our requests to connect. [(10) mail.mail136-14.atl41.mandrillapp.com. [198.2.136.14]:25: socket error]',
         URL, ok=('unknown',))], 'bounce'))

REPO, PATH = 'dogtagpki/pki', 'issues/5006'
URL = source(REPO, PATH)
N.append(('postfix-connect-timeout', REPO, PATH, """From: MAILER-DAEMON@mx3.osci.io (Mail Delivery System)
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Wed, 19 Mar 2025 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx3.osci.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<users@lists.dogtagpki.org>: connect to lists.dogtagpki.org[8.43.85.251]:25:
    Connection timed out
""",
    [
    rcpt('users@lists.dogtagpki.org', 'retry-later', 'networkerror', '', '',
         'connect to lists.dogtagpki.org[8.43.85.251]:25: Connection timed out',
         URL, ok=('unknown',))], 'bounce'))

REPO, PATH = 'domainaware/parsedmarc', 'samples/forensic/[Netease DMARC Failure Report] Rent Reminder.eml'
URL = source(REPO, PATH)
N.append(('arf-netease-dmarc', REPO, PATH, """Authentication-Results-Original: smtp.reports.example; spf=Pass
 smtp.mailfrom=abuse@163.com
Received-SPF: Pass (smtp.reports.example: domain of abuse@163.com
  designates 220.181.12.184 as permitted sender)
  identity=mailfrom; client-ip=220.181.12.184;
  receiver=smtp.reports.example; envelope-from="abuse@163.com";
  x-sender="abuse@163.com"; x-conformance=spf_only;
  x-record-type="v=spf1"
Received: from m12-184.163.com ([220.181.12.184])  by smtp.reports.example with
 ESMTP; 28 Sep 2018 04:48:45 -0400
Received: from 163.com (unknown [192.168.201.141])	by mfast9 (Coremail) with
 SMTP id uMCowEAJ6lTs6q1bwLXEEg--.1184S2;	Fri, 28 Sep 2018 16:48:44 +0800
 (CST)
MIME-Version: 1.0
From: <abuse@163.com>
Subject: [Netease DMARC Failure Report] Rent Reminder
Date: Fri, 28 Sep 2018 16:48:43 +0800
To: <dmarcreports@reports.example>
Message-ID: <5BADEAEC.AC2A83.17156@m12-184.163.com>
X-Originating-IP: [192.168.201.141]
X-CM-SenderInfo: 5dex2vi6rwjhhfrp/
Return-Path: abuse@163.com
Content-type: multipart/mixed;
	boundary="B_3622128044_155770608"

> This message is in MIME format. Since your mail reader does not understand
this format, some or all of this message may not be legible.

--B_3622128044_155770608
Content-type: text/plain;
	charset="UTF-8"
Content-transfer-encoding: 7bit

This is a spf/dkim authentication-failure report for an email message received from IP 167.89.69.24 on Fri, 28 Sep 2018 16:48:42 +0800.
Below is some detail information about this message:
 1. SPF-authenticated Identifiers: email.entrata.com;
 2. DKIM-authenticated Identifiers: entrata.com;
 3. DMARC Mechanism Check Result: Identifier non-aligned, DMARC mechanism check failures;

For more information please check Aggregate Reports or mail to abuse@163.com.


--B_3622128044_155770608
Content-type: message/feedback-report; name="ATT00001";
 x-mac-creator="4F50494D"
Content-ID: <C9EED1E253B7F5459DB3AC82BC6E9953@namprd04.prod.outlook.com>
Content-disposition: attachment;
	filename="ATT00001"
Content-transfer-encoding: base64


RmVlZGJhY2stVHlwZTogYXV0aC1mYWlsdXJlDQpVc2VyLUFnZW50OiBOdGVzRG1hcmNSZXBvcnRl
ci8xLjANClZlcnNpb246IDENCk9yaWdpbmFsLU1haWwtRnJvbTogPGJvdW5jZXMrMTEzNzYxNi1j
MWFkLXRlbmFudDE9MTYzLmNvbUBlbWFpbC5lbnRyYXRhLmNvbT4NCkFycml2YWwtRGF0ZTogRnJp
LCAyOCBTZXAgMjAxOCAxNjo0ODo0MiArMDgwMA0KU291cmNlLUlQOiAxNjcuODkuNjkuMjQNClJl
cG9ydGVkLURvbWFpbjogcHJvcGVydHkuZXhhbXBsZQ0KT3JpZ2luYWwtRW52ZWxvcGUtSWQ6IE44
Q293RUFwY1VQbzZxMWJuWGxNQUEtLS40NDM5MlMzDQpBdXRoZW50aWNhdGlvbi1SZXN1bHRzOiAx
NjMuY29tOyBka2ltPXBhc3MgKHZlcmlmeSByZXN1bHQ6IGFsbCBzaWduYXR1cmVzIHZlcmlmaWVk
KSBoZWFkZXIuZD1lbnRyYXRhLmNvbTsgc3BmPXBhc3Mgc210cC5tYWlsZnJvbT1ib3VuY2VzKzEx
Mzc2MTYtYzFhZC10ZW5hbnQxPTE2My5jb21AZW1haWwuZW50cmF0YS5jb20NCkRLSU0tRG9tYWlu
OiBlbnRyYXRhLmNvbQ0KRGVsaXZlcnktUmVzdWx0OiBkZWxpdmVyZWQNCklkZW50aXR5LUFsaWdu
bWVudDogc3BmLGRraW0=
--B_3622128044_155770608
Content-type: message/rfc822
Content-disposition: attachment

Received: by filter1356p1mdw1.sendgrid.net with SMTP id filter1356p1mdw1-30359-5BADEAE4-E
        2018-09-28 08:48:36.858842501 +0000 UTC m=+1856335.516585242
Received: from MTEzNzYxNg (unknown [198.190.14.10])
	by ismtpd0007p1las1.sendgrid.net (SG) with HTTP id oguVx1AxQayV5Sv2nYK-rA
	for <system@entrata.com>; Fri, 28 Sep 2018 08:48:36.716 +0000 (UTC)
From: 700 on Washington <info@property.example>
To: "redacted@163.com" <redacted@163.com>
Subject: Rent Reminder
Date: Fri, 28 Sep 2018 04:48:39 -0400
Message-ID: <oguVx1AxQayV5Sv2nYK-rA@ismtpd0007p1las1.sendgrid.net>
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0


--B_3622128044_155770608--

""",
    [
    rcpt('redacted@163.com', 'blocked', 'authfailure', '', '',
         'DMARC Mechanism Check Result: Identifier non-aligned, DMARC mechanism check failures',
         URL, ok=('complaint',))], 'feedback'))

REPO, PATH = 'domainaware/parsedmarc', 'samples/forensic/dmarc_ruf_report_linkedin.eml'
URL = source(REPO, PATH)
N.append(('arf-dmarc-failure', REPO, PATH, """From dmarc-noreply@linkedin.com Tue Apr 30 02:09:16 2019
Received: from mailf-cd.linkedin.com ([108.174.6.228])
	by example.uriports.com with esmtps (TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)
	(MTA 2.20)
	(envelope-from <dmarc-noreply@linkedin.com>)
	id 1hLICq-00001z-JU
	for dmarc@example.uriports.com; Tue, 30 Apr 2019 02:09:16 +0000
Received: from [127.0.0.1] ([local])
	by mail516.prod.linkedin.com (envelope-from <dmarc-noreply@linkedin.com>)
	(ecelerity 3.6.21.53563 r(Core:3.6.21.0)) with UNKNOWN
	id AA/01-16018-D1AA1CC5; Tue, 30 Apr 2019 02:09:00 +0000
Date: Tue, 30 Apr 2019 02:09:00 +0000
Message-ID: <BB.91.26019.C3EA7CC5@mail516.prod.linkedin.com>
X-LinkedIn-Class: EMAIL_REPORTS
Subject: DMARC Failure report for example.com Mail-From: IP:10.10.10.10
To: dmarc-noreply@linkedin.com
From: dmarc-noreply@linkedin.com
Content-Type: multipart/report; report-type=feedback-report;
    boundary="_----abcdefghijklmnopqrstuv===_AA/01-16018-D1AA1CC5"
Received-SPF: pass client-ip=108.174.6.228; envelope-from=dmarc-noreply@linkedin.com; helo=mailf-cd.linkedin.com

--_----abcdefghijklmnopqrstuv===_AA/01-16018-D1AA1CC5
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP 10.10.10.10 on Tue, 30 Apr 2019 02:09:00 +0000.
The message below did not meet the sending domain's dmarc policy.
The message below could have been accepted or rejected depending on policy.
For more information about this format please see http://tools.ietf.org/html/rfc6591 .

--_----abcdefghijklmnopqrstuv===_AA/01-16018-D1AA1CC5
Content-Type: message/feedback-report

Feedback-Type: auth-failure
User-Agent: Lua/1.0
Version: 1.0
Original-Mail-From:
Original-Rcpt-To: recipient@linkedin.com
Arrival-Date: Tue, 30 Apr 2019 02:09:00 +0000
Message-ID: <01010101010101010101010101010101@ABAB01MS0016.someserver.loc>
Authentication-Results: dmarc=fail (p=none; dis=none) header.from=example.com
Source-IP: 10.10.10.10
Delivery-Result: delivered
Auth-Failure: dmarc
Reported-Domain: example.com

--_----abcdefghijklmnopqrstuv===_AA/01-16018-D1AA1CC5
Content-Type: message/rfc822
Content-Disposition: inline

Return-Path: <>
Received: from [10.10.10.10] ([10.10.10.10:4227] helo=mail02.someserver.com)
	by mail516.prod.linkedin.com (envelope-from <>)
	(ecelerity 3.6.21.53563 r(Core:3.6.21.0)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384
	subject="/OU=Domain Control Validated/CN=*.someserver.com")
	id CA/91-26019-ABCDECC5; Tue, 30 Apr 2019 02:09:00 +0000
From: Sender <sender@example.com>
To: LinkedIn <recipient@linkedin.com>
Subject: Subject line, could be UTF8 encoded
Date: Tue, 30 Apr 2019 02:09:09 +0000
Message-ID: <01010101010101010101010101010101@ABAB01MS0016.someserver.loc>
auto-submitted: auto-generated
Content-Type: text/plain; charset="iso-8859-1"
MIME-Version: 1.0

Alternative
Text
--_----abcdefghijklmnopqrstuv===_AA/01-16018-D1AA1CC5--
""",
    [
    rcpt('recipient@linkedin.com', 'blocked', 'authfailure', '', '',
         'dmarc=fail (p=none; dis=none) header.from=example.com',
         URL, ok=('complaint',))], 'feedback'))

REPO, PATH = 'hbattat/verifyEmail', 'issues/30'
URL = source(REPO, PATH)
N.append(('gmail-yahoo-dd', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Thu, 22 Dec 2016 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Delivery to the following recipient failed permanently:

     no.such.user.2011@yahoo.com

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain yahoo.com by mta5.am0.yahoodns.net. [98.136.217.202].

The error that the other server returned was:
554 delivery error: dd This user doesn't have a yahoo.com account (no.such.user.2011@yahoo.com) [-5] - mta1325.mail.gq1.yahoo.com
""",
    [
    rcpt('no.such.user.2011@yahoo.com', 'invalid', 'userunknown', '', '554',
         "554 delivery error: dd This user doesn't have a yahoo.com account (no.such.user.2011@yahoo.com) [-5] - mta1325.mail.gq1.yahoo.com",
         URL)], 'bounce'))

REPO, PATH = 'ledgersmb/LedgerSMB', 'issues/7810'
URL = source(REPO, PATH)
N.append(('gmail-relay-denied', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Wed, 13 Dec 2023 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Message not delivered

Your message couldn't be delivered to users@lists.ledgersmb.org because the remote server is misconfigured. See the technical details below for more information.

The response from the remote server was:
554 5.7.1 <users@lists.ledgersmb.org>: Relay access denied
""",
    [
    rcpt('users@lists.ledgersmb.org', 'blocked', 'norelaying', '5.7.1', '554',
         '554 5.7.1 <users@lists.ledgersmb.org>: Relay access denied',
         URL)], 'bounce'))

REPO, PATH = 'lisijie/webcron', 'issues/14'
URL = source(REPO, PATH)
N.append(('tencent-connect-zh', REPO, PATH, """From: postmaster@exmail.example.cn
To: mail@example.cn
Subject: 退信: 任务执行结果通知 #2: 成功
Date: Sun, 23 Oct 2016 15:10:00 +0800
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

您发送的邮件被退回，相关信息如下：
    发件人：mail@example.cn
    主题：任务执行结果通知 #2: 成功
    原文：邮件原文包含在附件中。
    时间：Sun, 23 Oct 2016 15:00:05 +0800

无法发送到admin@example.com
    系统应答：(9)connect to the "93.184.216.34(93.184.216.34) of example.com" server failed
    退信原因：连接收件方邮件系统失败，导致邮件被系统退回。
    解决建议：1.请联系收件方确认是否设置相关的拒收策略,或添加了黑名单等设置；2. 请稍后重新尝试发送。
""",
    [
    rcpt('admin@example.com', 'retry-later', 'networkerror', '', '',
         '(9)connect to the "93.184.216.34(93.184.216.34) of example.com" server failed',
         URL, ok=('unknown',))], 'bounce'))

REPO, PATH = 'nodemailer/mailparser', 'issues/288'
URL = source(REPO, PATH)
N.append(('sendmail-overquota', REPO, PATH, """From: Mail Delivery Subsystem <MAILER-DAEMON@www1.example.ua>
To: sender@example.com
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)
Date: Wed, 20 Jan 2021 08:10:52 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="10K69CiJ009083.1611123052/www1.example.ua"

This is a MIME-encapsulated message

--10K69CiJ009083.1611123052/www1.example.ua

The original message was received at Fri, 15 Jan 2021 07:23:35 +0200
from mx1.example.ua [ip]

   ----- The following addresses had permanent fatal errors -----
<customer@example.ua>
    (reason: 452 4.2.2 Over quota)

   ----- Transcript of session follows -----
... while talking to localhost:
>>> DATA
<<< 452 4.2.2 Over quota
<customer@example.ua>... Deferred: 452 4.2.2 Over quota
<<< 503 5.5.1 No recipients
Message could not be delivered for 5 days
Message will be deleted from queue

--10K69CiJ009083.1611123052/www1.example.ua
Content-Type: message/delivery-status

Reporting-MTA: dns; www1.example.ua
Arrival-Date: Fri, 15 Jan 2021 07:23:35 +0200

--10K69CiJ009083.1611123052/www1.example.ua--
""",
    [
    rcpt('customer@example.ua', 'full', 'mailboxfull', '4.2.2', '452',
         '452 4.2.2 Over quota',
         URL)], 'bounce'))

REPO, PATH = 'nodemailer/mailparser', 'test/fixtures/delivery-status.eml'
URL = source(REPO, PATH)
N.append(('ses-suppressed', REPO, PATH, """Delivered-To: xxxxx@gmail.com
Date: Tue, 16 Feb 2021 00:57:06 +0000
From: MAILER-DAEMON@amazonses.com
To: xxxxx@gmail.com
Message-ID: <xxxxxxxxxxx@email.amazonses.com>
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; 
	boundary="----=_Part_3532716_1471051372.1613437026471"; 
	report-type=delivery-status
X-SES-Outgoing: 2021.02.16-0.0.0.0
Feedback-ID: 1.us-east-1.D1mWDvwUtiZJdKFArGKkGBe9wfRCdAX2ofq5lyeEo20=:AmazonSES

------=_Part_3532716_1471051372.1613437026471
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Content-Description: Notification

An error occurred while trying to deliver the mail to the following recipients:
xxxx@xxxx.com
------=_Part_3532716_1471051372.1613437026471
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit
Content-Description: Delivery Status Notification

Reporting-MTA: dns; amazonses.com

Action: failed
Remote-MTA: dns; amazonses.com
Final-Recipient: rfc822; xxxx@xxxx.com
Diagnostic-Code: Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide at https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html
Status: 5.1.1


------=_Part_3532716_1471051372.1613437026471
Content-Type: message/rfc822
Content-Description: Undelivered Message

Received: from xxxx.xxxx (ec2-34-198-5-89.compute-1.amazonaws.com [x.x.x.x])
        by email-smtp.amazonaws.com
        with SMTP (SimpleEmailService-d-11MVXUWA9) id aRHDoBiW1yM0CRxRhdPS;
        Tue, 16 Feb 2021 00:57:06 +0000 (UTC)
Date: Mon, 15 Feb 2021 17:57:06 -0700
To: not@found.com
From: xx xx <xxx@xxx.com>
Reply-To: xx xx <xxx@xxx.com>
Subject: Example Subject
Message-ID: <xxxxx@email.amazonses.com>
In-Reply-To: <xxxxxx@email.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="b1_UEK9lmOmk2jPQRWgM3Xiqjs7mPRVso71mRP17DZ3qGM"
Content-Transfer-Encoding: 8bit

This is a multi-part message in MIME format.
--b1_UEK9lmOmk2jPQRWgM3Xiqjs7mPRVso71mRP17DZ3qGM
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hi,

Message

--b1_UEK9lmOmk2jPQRWgM3Xiqjs7mPRVso71mRP17DZ3qGM
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div>Hi,
<div>&nbsp;</div>
<div>test email</div>
</div>

--b1_UEK9lmOmk2jPQRWgM3Xiqjs7mPRVso71mRP17DZ3qGM--


------=_Part_3532716_1471051372.1613437026471--
""",
    [
    rcpt('xxxx@xxxx.com', 'invalid', 'suppressed', '5.1.1', '',
         'Amazon SES did not send the message to this address because it is on the suppression list for your account.',
         URL)], 'bounce'))

REPO, PATH = 'nodemailer/mailparser', 'test/fixtures/spam.eml'
URL = source(REPO, PATH)
N.append(('spam-ordinary', REPO, PATH, """X-Account-Key: account3
X-UIDL: 0MLO5q-1a0TUk077q-000a7n
X-Mozilla-Status: 0000
X-Mozilla-Status2: 00000000
Return-Path: <noreply@nestor.co.uk>
Received: from rhettbutler.org ([212.170.160.112]) by mx-ha.web.de (mxweb008)
 with ESMTP (Nemesis) id 0MLO5q-1a0TUk077q-000a7n for <reader1@web.example>; Tue,
 24 Nov 2015 01:45:00 +0100
Received: from 200.21.241.94 by 92.63.87.69; Mon, 23 Nov 2015 22:37:26 -0200
Message-ID: <MXQAHQMRSTRWAEMHJAPA@guide-des-vins-de-bourgogne.fr>
From: "Matilda Klein" <noreply@guide-des-vins-de-bourgogne.fr>
Reply-To: "Matilda Klein" <noreply@guide-des-vins-de-bourgogne.fr>
To: reader2@web.example
Subject: 123.042 Euro pro Jahr GRARANTIERT von einer Bank! KOSTENLOS
Date: Tue, 24 Nov 2015 02:35:26 +0200
MIME-Version: 1.0
X-Mailer: Microsoft Outlook, Build 10.0.2627
Content-Type: text/html;
	boundary="--Freundliche Gr&uuml;&szlig;e"
X-Priority: 3
X-MSMail-Priority: Normal
Envelope-To: <reader1@web.example>

----Freundliche Gr&uuml;&szlig;e
Content-Type: text/html;
Content-Transfer-Encoding: 7Bit

<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>iqsbyx</title>
</head>

<body>
<p><span style="color: #000000; font-size: large;"><span style="font-family: Arial, serif;"><strong>Im Jahre 2007 wurde er als &bdquo;asozialer Penner&ldquo; beschimpft! Er bettelte auf der Stra&szlig;e und lebte unter der Br&uuml;cke.</strong></span></span></p>
<p><span style="color: #000000;"><span style="font-family: Arial, serif;"><span style="font-size: medium;">Heute <strong><span style="background-color: #ffff00;">verdient er 35 Millionen Euro pro Jahr</span></strong>, obwohl er nicht mal einen Schulabschluss hat</span></span></span></p>
<p><span style="color: #000000;"><span style="font-family: Arial, serif;"><span style="font-size: medium;"><strong>Schauen Sie sich hier das Video an und machen Sie es nach!</strong></span></span></span></p>
<p><a href="http://www.geheimesgeld.ru/unsubscribe.php?id=78684302557913">Newsletter abmelden hier klicken</a></p>
</body>
</html>

----Freundliche Gr&uuml;&szlig;e--

""",
    [], 'notbounce'))

REPO, PATH = 'ombegov/policy-v2', 'issues/138'
URL = source(REPO, PATH)
N.append(('gmail-notfound', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Fri, 04 May 2018 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Address not found

Your message wasn't delivered to ofcio@omb.eop.gov because the address couldn't be found, or is unable to receive mail.

The response was:

550 #5.1.0 Address rejected.
""",
    [
    rcpt('ofcio@omb.eop.gov', 'invalid', 'userunknown', '5.1.0', '550',
         '550 #5.1.0 Address rejected.',
         URL)], 'bounce'))

REPO, PATH = 'phw198/OutlookGoogleCalendarSync', 'issues/2147'
URL = source(REPO, PATH)
N.append(('gmail-nodomain', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Sun, 29 Jun 2025 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Delivery Status Notification (Failure)
Address not found
Your message wasn't delivered to attendee@example.com.ogcs because the domain example.com.ogcs couldn't be found. Check for typos or unnecessary spaces and try again.
LEARN MORE
""",
    [
    rcpt('attendee@example.com.ogcs', 'invalid', 'hostunknown', '', '',
         "Your message wasn't delivered to attendee@example.com.ogcs because the domain example.com.ogcs couldn't be found.",
         URL)], 'bounce'))

REPO, PATH = 'projectknife/Projectfork', 'issues/1270'
URL = source(REPO, PATH)
N.append(('exim-delay-yahoo', REPO, PATH, """From: Mail Delivery System <Mailer-Daemon@srv02.example.us>
To: projects@example.com
Subject: Warning: message 1WiVUF-0003Hs-U6 delayed 24 hours
Date: Fri, 09 May 2014 21:10:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on srv02.example.us.

The message identifier is:     1WiVUF-0003Hs-U6
The date of the message is:    Thu, 8 May 2014 21:04:15 +0000
The subject of the message is: [Care Innovation] A. Member created
a task: JUL Release UAT

The address to which the message has not yet been delivered is:

 someone@yahoo.example
   Delay reason: SMTP error from remote mail server after MAIL
FROM:<projects@example.com> SIZE=2701:
   host mta7.am0.yahoodns.net [98.136.216.26]: 421 4.7.1 [TS03] All
messages from 64.191.2.130 will be permanently deferred; Retrying will NOT
succeed. See http://postmaster.yahoo.com/421-ts03.html

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""",
    [], 'delayed'))

REPO, PATH = 'samouraiworld/zenao', 'issues/646'
URL = source(REPO, PATH)
N.append(('gmail-nodomain', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Fri, 22 Aug 2025 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Address not found

Your message wasn't delivered to contact@mail.zenao.io because the domain
mail.zenao.io couldn't be found. Check for typos or unnecessary spaces and 
try again.
""",
    [
    rcpt('contact@mail.zenao.io', 'invalid', 'hostunknown', '', '',
         "Your message wasn't delivered to contact@mail.zenao.io because the domain mail.zenao.io couldn't be found.",
         URL)], 'bounce'))

REPO, PATH = 'sinak/democracy.io', 'issues/126'
URL = source(REPO, PATH)
N.append(('gmail-notfound', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Thu, 27 Sep 2018 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Address not found
--
Your message wasn't delivered to democracy@eff.org because the address couldn't be found, or is unable to receive mail.

The response was:
550 Unrouteable address
""",
    [
    rcpt('democracy@eff.org', 'invalid', 'userunknown', '', '550',
         '550 Unrouteable address',
         URL, ok=('unknown',))], 'bounce'))

REPO, PATH = 'TeamNewPipe/NewPipe', 'issues/405'
URL = source(REPO, PATH)
N.append(('gmail-hostrejected', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Tue, 03 Jan 2017 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Delivery to the following recipient failed permanently:

     crashreport@newpipe.schabi.org

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain newpipe.schabi.org [89.163.224.75].

The error that the other server returned was:
554 5.7.1 <mail-wj0-f181.google.com[209.85.210.181]>: Client host rejected: Access denied
""",
    [
    rcpt('crashreport@newpipe.schabi.org', 'blocked', 'blocked', '5.7.1', '554',
         '554 5.7.1 <mail-wj0-f181.google.com[209.85.210.181]>: Client host rejected: Access denied',
         URL)], 'bounce'))

REPO, PATH = 'wp-e-commerce/WP-e-Commerce', 'issues/1886'
URL = source(REPO, PATH)
N.append(('exchange-text-nocause', REPO, PATH, """From: postmaster@example.com
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Sat, 23 May 2015 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       admin@wpecommerce.org
""",
    [
    rcpt('admin@wpecommerce.org', 'unknown', 'undefined', '', '',
         'This is an automatically generated Delivery Status Notification. Delivery to the following recipients failed.',
         URL)], 'bounce'))

REPO, PATH = 'Xpra-org/xpra', 'issues/3555'
URL = source(REPO, PATH)
N.append(('postfix-gmail-unsolicited', REPO, PATH, """From: MAILER-DAEMON@xpra.example (Mail Delivery System)
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Fri, 17 Jun 2022 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

<member@gmail.example>: host gmail-smtp-in.l.google.com[108.177.15.26] said:
    550-5.7.1 [78.129.163.13      12] Our system has detected that this message
    is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to
    Gmail, 550-5.7.1 this message has been blocked. Please visit 550-5.7.1
    https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1  for
    more information. p8-20020a5d59a8000000b0021849827fccsi5831542wrr.45 -
    gsmtp (in reply to end of DATA command)
""",
    [
    rcpt('member@gmail.example', 'content', 'spamdetected', '5.7.1', '550',
         '550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.',
         URL, ok=('blocked',))], 'bounce'))

REPO, PATH = 'zotonic/zotonic', 'apps/zotonic_core/test/data/email/gmail-autoreply.eml'
URL = source(REPO, PATH)
N.append(('gmail-vacation', REPO, PATH, """Return-Path: <sjoerd@example.com>
Received: from [83.98.140.28] (HELO mx1.mediamatic.nl)
  by mail.mediamatic.nl (CommuniGate Pro SMTP 4.1.8)
  with ESMTP id 18180790 for marc@example.org; Tue, 12 May 2015 16:01:30 +0200
Received: from localhost ([127.0.0.1])
	by mx1.mediamatic.nl with esmtp (Exim 4.72)
	(envelope-from <sjoerd@example.com>)
	id 1YsAkV-0001jv-2Y
	for marc@example.org; Tue, 12 May 2015 16:01:31 +0200
X-Virus-Scanned: By Mediamatic at mailsrv01.gyr.asd.mediamatic.nl
X-Spam-Flag: NO
X-Spam-Score: -1.271
X-Spam-Level: 
X-Spam-Status: No, score=-1.271 tagged_above=-10 required=4.9
	tests=[AWL=-1.049, BAYES_00=-1.9, HTML_MESSAGE=0.001,
	HTML_MIME_NO_HTML_TAG=0.377, MIME_HTML_ONLY=2, RCVD_IN_DNSWL_LOW=-0.7]
	autolearn=no
Received: from mail-la0-f41.google.com ([209.85.215.41])
	by mx1.mediamatic.nl with esmtps (TLS1.0:RSA_ARCFOUR_SHA1:16)
	(Exim 4.72)
	(envelope-from <sjoerd@example.com>)
	id 1YsAkQ-0001jp-Tz
	for marc@example.org; Tue, 12 May 2015 16:01:26 +0200
Received: by labbd9 with SMTP id bd9so6598045lab.2
        for <marc@example.org>; Tue, 12 May 2015 07:01:26 -0700 (PDT)
X-Received: by 10.152.115.173 with SMTP id jp13mr12003551lab.119.1431439286165;
        Tue, 12 May 2015 07:01:26 -0700 (PDT)
To: marc@example.org
From: "A. Traveller" <sjoerd@example.com>
Date: Tue, 12 May 2015 07:01:26 -0700
Message-ID: <CAPhzFUdPbn5d-s0z6Sy9LUx=Ujv1g747ms9zFXbzRzxAbii8vA@mail.gmail.com>
Subject: Traveling at the moment! Re: Testje
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64
Content-Disposition: inline
Precedence: bulk
X-Autoreply: yes
Auto-Submitted: auto-replied

PGRpdiBkaXI9Imx0ciI+PHA+PHNwYW4gbGFuZz0iRU4tVVMiPjxmb250IGZhY2U9InZlcmRhbmEs
IHNhbnMtc2VyaWYiPkhlbGxvIGRlYXIgZW1haWxlciw8L2ZvbnQ+PC9zcGFuPjwvcD4NCg0KPHA+
PHNwYW4gbGFuZz0iRU4tVVMiPjxmb250IGZhY2U9InZlcmRhbmEsIHNhbnMtc2VyaWYiPlRoYW5r
cyBmb3IgeW91ciBlbWFpbC4gSeKAmW0gdHJhdmVsaW5nDQphdCB0aGUgbW9tZW50IHNvIGl0IG1p
Z2h0IHRha2Ugc29tZSB0aW1lIHRvIHJlc3BvbmQuIElmIHlvdSBuZWVkDQpzdXBwb3J0IDxpPnJp
Z2h0IG5vdzwvaT4gb3IgaGF2ZSBhbiB1cmdlbnQgcXVlc3Rpb24sIHBsZWFzZSBzZW5kIHlvdXIg
ZW1haWwgb25jZSBtb3JlIHRvIDxhIGhyZWY9Im1haWx0bzpzdXBwb3J0QGV4YW1wbGUuY29tIiB0
YXJnZXQ9Il9ibGFuayI+b2ZmaWNlQGV4YW1wbGUuY29tPC9hPi7CoE9uZSBvZiBteSBjb2xsZWFn
dWVzIHdpbGwgaGVscCB5b3UhwqA8L2ZvbnQ+PC9zcGFuPjwvcD48cD48c3BhbiBsYW5nPSJFTi1V
UyI+PGZvbnQgZmFjZT0idmVyZGFuYSwgc2Fucy1zZXJpZiI+SWYgdGhhdCYjMzk7cyBub3QgdGhl
IGNhc2UgSSB3aWxsIGdldCBiYWNrIHRvIHlvdSBsYXRlciE8L2ZvbnQ+PC9zcGFuPjwvcD4NCg0K
PHA+PGZvbnQgZmFjZT0idmVyZGFuYSwgc2Fucy1zZXJpZiI+PHNwYW4gc3R5bGU9ImZvbnQtc2l6
ZToxMi44MDAwMDAxOTA3MzQ5cHgiPkJlc3Qgd2lzaGVzLDxicj48L3NwYW4+PHNwYW4gc3R5bGU9
ImZvbnQtc2l6ZToxMi44MDAwMDAxOTA3MzQ5cHgiPkEuIFRyYXZlbGxlcjwvc3Bhbj48L2ZvbnQ+
PC9wPjxkaXY+PGZvbnQgZmFjZT0idmVyZGFuYSwgc2Fucy1zZXJpZiI+PGJyPjwvZm9udD48YnI+
PC9kaXY+PC9kaXY+DQo=
""",
    [], 'autoreply'))

REPO, PATH = 'zotonic/zotonic', 'apps/zotonic_core/test/data/email/gmail-bounce.eml'
URL = source(REPO, PATH)
N.append(('exim-gmail', REPO, PATH, """Return-Path: <>
Received: from [83.98.140.28] (HELO mx1.mediamatic.nl)
  by mail.mediamatic.nl (CommuniGate Pro SMTP 4.1.8)
  with ESMTP id 18192398 for sender@example.nl; Mon, 18 May 2015 13:52:00 +0200
Received: from localhost ([127.0.0.1])
	by mx1.mediamatic.nl with esmtp (Exim 4.72)
	id 1YuJaS-00057z-0Z
	for sender@example.nl; Mon, 18 May 2015 13:52:00 +0200
X-Virus-Scanned: By Mediamatic at mailsrv01.gyr.asd.mediamatic.nl
X-Spam-Flag: NO
X-Spam-Score: 0.812
X-Spam-Level: 
X-Spam-Status: No, score=0.812 tagged_above=-10 required=4.9
	tests=[AWL=-0.409, BAYES_00=-1.9, DSN_NO_MIMEVERSION=2,
	NO_RELAYS=-0.001, URI_HEX=1.122] autolearn=no
Received: from mx1.mediamatic.nl ([127.0.0.1])
	by localhost (mailsrv01.gyr.asd.mediamatic.nl [127.0.0.1]) (amavisd-new, port 10024)
	with ESMTP id fVNmgnmE0rgt for <sender@example.nl>;
	Mon, 18 May 2015 13:51:59 +0200 (CEST)
Received: from Debian-exim by mx1.mediamatic.nl with local (Exim 4.72)
	id 1YuJaR-00057v-Fj
	for sender@example.nl; Mon, 18 May 2015 13:51:59 +0200
Date: Mon, 18 May 2015 13:51:59 +0200
Message-Id: <E1YuJaR-00057v-Fj@mx1.mediamatic.nl>
X-Failed-Recipients: hadsaflats838262829@gmail.com
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mediamatic.nl>
To: sender@example.nl
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hadsaflats838262829@gmail.com
    SMTP error from remote mail server after RCPT TO:<hadsaflats838262829@gmail.com>:
    host gmail-smtp-in.l.google.com [2a00:1450:4013:c00::1b]:
    550-5.1.1 The email account that you tried to reach does not exist. Please try
    550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. Learn more at
    550 5.1.1 http://support.google.com/mail/bin/answer.py?answer=6596 ly8si17387027wjb.40 - gsmtp

------ This is a copy of the message, including all the headers. ------

Return-path: <sender@example.nl>
Received: from 52d98b4c.cm-11-1c.dynamic.ziggo.nl ([82.217.139.76] helo=[192.168.1.27])
	by mail.mediamatic.nl with esmtpsa (TLS1.0:DHE_RSA_AES_256_CBC_SHA1:32)
	(Exim 4.72)
	(envelope-from <sender@example.nl>)
	id 1YuJaQ-00057s-Vz
	for hadsaflats838262829@gmail.com; Mon, 18 May 2015 13:51:59 +0200
From: A. Sender <sender@example.nl>
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Subject: Tesjte van een bounce.
Message-Id: <7232AE34-9D54-464F-8963-DEA2209DB936@example.nl>
Date: Mon, 18 May 2015 13:51:57 +0200
To: hadsaflats838262829@gmail.com
Mime-Version: 1.0 (Mac OS X Mail 8.2 \\(2070.6\\))
X-Mailer: Apple Mail (2.2070.6)

Hallo,

Hoe ziet je bounce eruit?

-M 

""",
    [
    rcpt('hadsaflats838262829@gmail.com', 'invalid', 'userunknown', '5.1.1', '550',
         '550 5.1.1 The email account that you tried to reach does not exist.',
         URL)], 'bounce'))

if __name__ == "__main__":
    write(sys.argv, __file__, 'wild3', N)
