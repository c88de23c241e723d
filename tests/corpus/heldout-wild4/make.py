#!/usr/bin/env python3
"""The notices of tests/corpus/heldout-wild4, for ../wild4_set.py to
write (see it and README.md).  Never tuned on.  usage: make.py [DIR]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wild4_set import rcpt, source, write  # noqa: E402

N = []

REPO, PATH = 'espocrm/espocrm', 'tests/unit/testData/Core/Mail/bounced_1.eml'
URL = source(REPO, PATH)
N.append(('ses-expired', REPO, PATH, """Delivered-To: me@test.com
Received: by 10.213.9.17 with SMTP id j17csp4766ebj;
        Tue, 8 May 2012 20:34:50 -0700 (PDT)
Received: by 10.182.207.10 with SMTP id ls10mr30733797obc.9.1336534489928;
        Tue, 08 May 2012 20:34:49 -0700 (PDT)
Return-Path: <>
Received: from mx3.name.com (mx3.name.com. [173.192.7.98])
        by mx.google.com with ESMTP id s3si768112obn.1.2012.05.08.20.34.49;
        Tue, 08 May 2012 20:34:49 -0700 (PDT)
Received: from a192-13.smtp-out.amazonses.com (a192-13.smtp-out.amazonses.com [199.255.192.13])
	by mx3.name.com (Postfix) with ESMTP id 5972F6000074C
	for <info@test.com>; Tue,  8 May 2012 22:34:49 -0500 (CDT)
X-Original-To: 000001372d0dbf88-76d26d51-9d96-468a-9071-318ba2c35003-000000@amazonses.com
Delivered-To: 000001372d0dbf88-76d26d51-9d96-468a-9071-318ba2c35003-000000@amazonses.com
Message-Id: <000001372fa9d596-ec772006-9987-11e1-8d9b-433290f94ba3-000000@email.amazonses.com>
Date: Wed, 9 May 2012 03:34:48 +0000
To: info+bounce-qid-0011aa@test.com
From: MAILER-DAEMON@amazonses.com
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ACnzx.4lvBb052b.srYYd.CyGnkMZ"
X-AWS-Outgoing: 199.255.192.13

--ACnzx.4lvBb052b.srYYd.CyGnkMZ
content-type: text/plain;
    charset="utf-8"
Content-Transfer-Encoding: quoted-printable

The following message to <wrongster@test.com> was undeliverable.
The reason for the problem:
5.4.7 - Delivery expired (message too old) 'no valid ip addresses'

--ACnzx.4lvBb052b.srYYd.CyGnkMZ
content-type: message/delivery-status

Reporting-MTA: dns; na-mm-outgoing-7101-bacon.iad7.amazon.com

Final-Recipient: rfc822;wrongster@test.com
Action: failed
Status: 5.0.0 (permanent failure)
Diagnostic-Code: smtp; 5.4.7 - Delivery expired (message too old) 'no valid ip addresses' (delivery attempts: 0)

--ACnzx.4lvBb052b.srYYd.CyGnkMZ
content-type: message/rfc822

Received: from unknown (HELO aws-bacon-dlvr-svc-na-i-986ddefa.us-east-1.amazon.com) ([10.13.133.79])
  by na-mm-outgoing-7101-bacon.iad7.amazon.com with ESMTP; 08 May 2012 16:15:55 +0000
Return-Path: 000001372d0dbf88-76d26d51-9d96-468a-9071-318ba2c35003-000000@amazonses.com
Date: Tue, 8 May 2012 15:25:04 +0000
From: info@test.com
To: wrongster@test.com
Message-ID: <000001372d0dbf88-76d26d51-9d96-468a-9071-318ba2c35003-000000@email.amazonses.com>
Subject: Test subject
Mime-Version: 1.0
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-AWS-Outgoing: 199.127.232.7

Test message.

--ACnzx.4lvBb052b.srYYd.CyGnkMZ--""",
    [
    rcpt('wrongster@test.com', 'retry-later', 'expired', '5.0.0', '',
         "5.4.7 - Delivery expired (message too old) 'no valid ip addresses'",
         URL)], 'bounce'))

REPO, PATH = 'espocrm/espocrm', 'tests/unit/testData/Core/Mail/bounced_2.eml'
URL = source(REPO, PATH)
N.append(('sendmail-rfc-timeout', REPO, PATH, """Date: Thu, 7 Jul 1994 17:16:05 -0400
From: Mail Delivery Subsystem
<REPLACED_DAEMON@CS.UTK.EDU> Message-Id:
<199407072116.RAA14128@CS.UTK.EDU>
Subject: Returned mail: Cannot
send message for 5 days
To: <owner-info-mime@cs.utk.edu> MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="RAA14128.773615765/CS.UTK.EDU"

--RAA14128.773615765/CS.UTK.EDU

The original message was received at Sat, 2 Jul 1994 17:10:28 -0400
from root@localhost

    ----- The following addresses had delivery problems -----
<louisl@larry.slip.umd.edu>  (unrecoverable error)

----- Transcript of session follows -----
<louisl@larry.slip.umd.edu>... Deferred: Connection timed out
            with larry.slip.umd.edu.
Message could not be delivered for 5 days
Message will be deleted from queue

--RAA14128.773615765/CS.UTK.EDU
content-type: message/delivery-status

Reporting-MTA: dns; cs.utk.edu

Original-Recipient: rfc822;louisl@larry.slip.umd.edu
Final-Recipient: rfc822;louisl@larry.slip.umd.edu
Action: failed
Status: 4.0.0
Diagnostic-Code: smtp; 426 connection timed out
Last-Attempt-Date: Thu, 7 Jul 1994 17:15:49 -0400

--RAA14128.773615765/CS.UTK.EDU
content-type: message/rfc822

[original message goes here]

--RAA14128.773615765/CS.UTK.EDU--""",
    [
    rcpt('louisl@larry.slip.umd.edu', 'retry-later', 'expired', '4.0.0', '426',
         '426 connection timed out', URL, ok=('unknown',))], 'bounce'))

REPO, PATH = 'espocrm/espocrm', 'tests/unit/testData/Core/Mail/bounced_3.eml'
URL = source(REPO, PATH)
N.append(('messagelabs-access-denied', REPO, PATH, """Delivered-To: sender@test.com
Received: by 2002:a19:6744:0:0:0:0:0 with SMTP id e4csp3204114lfj;
        Sat, 4 Jun 2022 10:36:19 -0700 (PDT)
Return-Path: <>
Received: from mail2.bemta31.messagelabs.com (mail2.bemta31.messagelabs.com. [67.219.000.000])
        by mx.google.com with ESMTPS id z69-20020a814c48000000b0030c1cfcc067si13622741ywa.550.2022.06.04.10.36.19
        for <sender@test.com>
        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);
        Sat, 04 Jun 2022 10:36:19 -0700 (PDT)
Message-ID: <629b9813.1c69fb81.b066d.1c7fSMTPIN_ADDED_MISSING@mx.google.com>
X-Msg-Ref: server-6.tower-521.messagelabs.com!1654364176!27886!1
X-Originating-IP: [85.158.142.144]
X-VirusChecked: Checked
Received: (qmail 21263 invoked from network); 4 Jun 2022 17:36:17 -0000
Received: from mail5.bemta37.messagelabs.com (HELO mail5.bemta37.messagelabs.com) (85.158.142.144)
  by server-6.tower-521.messagelabs.com with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP; 4 Jun 2022 17:36:17 -0000
Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@messagelabs.com>
To: <sender@test.com>
Subject: Mail Delivery Failure
Date: Sat, 04 Jun 2022 17:36:15 +0000
Content-Type: multipart/report; report-type=delivery-status;
  boundary="dsn_001654364175_000510273818"

--dsn_001654364175_000510273818
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

This is the mail delivery agent at Symantec Email Security.cloud.

I was unable to deliver your message to the following addresses:

receiver@test.com

Reason: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) =
[VE1EUR03FT020.eop-EUR03.prod.protection.outlook.com]

The message subject was: Test bounced
The message date was: Sat, 4 Jun 2022 20:36:01 +0300
The message identifier was: 9A/6A-26664-E089B926
The message reference was: server-22.tower-727.messagelabs.com!1654364173!1=
21509!1

Please do not reply to this email as it is sent from an unattended mailbox.
Contact your email administrator if you need more information, or
instructions for resolving this issue.

--dsn_001654364175_000510273818
Content-Type: message/delivery-status

Reporting-MTA: dns; server-3.bemta.az-a.eu-north-1.aws.ess.symcld.net
Arrival-Date: Sat, 04 Jun 2022 17:36:15 +0000

Action: failed
Final-Recipient: rfc822; receiver@test.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [VE1EUR03FT020.eop-EUR03.prod.protection.outlook.com]
Last-Attempt-Date: Sat, 04 Jun 2022 17:36:15 +0000
Status: 5.4.1

--dsn_001654364175_000510273818
Content-Type: text/rfc822-headers

X-Env-Sender: sender@test.com
X-Msg-Ref: server-22.tower-727.messagelabs.com!1654364173!121509!1
X-Originating-IP: [209.85.208.172]
Received: (qmail 9118 invoked from network); 4 Jun 2022 17:36:13 -0000
Received: from mail-lj1-f172.google.com (HELO mail-lj1-f172.google.com) (209.85.208.172)
  by server-22.tower-727.messagelabs.com with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP; 4 Jun 2022 17:36:13 -0000
Received: by mail-lj1-f172.google.com with SMTP id t13so11631540ljd.6
        for <receiver@test.com>; Sat, 04 Jun 2022 10:36:13 -0700 (PDT)
MIME-Version: 1.0
From: Sender <sender@test.com>
Date: Sat, 4 Jun 2022 20:36:01 +0300
Message-ID: <CAKouvC4fBcE7qfvhEq0-qOtsD45mWckUfhtr7KHhobwwvy0thA@mail.gmail.com>
Subject: Test bounced
To: receiver@test.com
Content-Type: multipart/alternative; boundary="000000000000da472305e0a2ac8e"

--dsn_001654364175_000510273818--
""",
    [
    rcpt('receiver@test.com', 'invalid', 'userunknown', '5.4.1', '550',
         '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
         URL, ok=('blocked',))], 'bounce'))

REPO, PATH = ('LoneStarInternet/mail_manager',
              'spec/test_app/spec/support/files/bounce-500-no-from-address.eml')
URL = source(REPO, PATH)
N.append(('postfix-godaddy-notfound', REPO, PATH, """Return-Path: <MAILER-DAEMON>
Received: from zapp.lnstar.com (zapp.lnstar.com [66.45.121.18])
	by farnsworth.lnstar.com (8.13.8/8.13.8) with ESMTP id t1A0H8kt030070
	for <bounce@example.com>; Mon, 9 Feb 2015 18:17:08 -0600
Received: by zapp.lnstar.com (Postfix)
	id EBE6A10E6E2; Mon,  9 Feb 2015 18:17:08 -0600 (CST)
Date: Mon,  9 Feb 2015 18:17:08 -0600 (CST)
From: (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: bounce@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6800110E6EE.1423527428/zapp.lnstar.com"
Message-Id: <20150210001708.EBE6A10E6E2@zapp.lnstar.com>
X-Spam-Status: No, score=-2.9 required=5.0 tests=ALL_TRUSTED,BAYES_00,
	URIBL_DBL_ABUSE_REDIR autolearn=ham version=3.3.2
X-Spam-Checker-Version: SpamAssassin 3.3.2 (2011-06-06) on
	farnsworth.lnstar.com

This is a MIME-encapsulated message.

--6800110E6EE.1423527428/zapp.lnstar.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host zapp.lnstar.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<recipient@example.com>: host presmtp.ex4.secureserver.net[72.167.238.29] said:
    550 5.1.1 <recipient@example.com> Recipient not found.
    <http://x.co/irbounce> (in reply to RCPT TO command)

--6800110E6EE.1423527428/zapp.lnstar.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; zapp.lnstar.com
X-Postfix-Queue-ID: 6800110E6EE
X-Postfix-Sender: rfc822; bounce@example.com
Arrival-Date: Mon,  9 Feb 2015 18:17:07 -0600 (CST)

Final-Recipient: rfc822; recipient@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; presmtp.ex4.secureserver.net
Diagnostic-Code: smtp; 550 5.1.1 <recipient@example.com> Recipient not found.
    <http://x.co/irbounce>

--6800110E6EE.1423527428/zapp.lnstar.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <bounce@example.com>
Received: by zapp.lnstar.com (Postfix, from userid 65534)
	id 6800110E6EE; Mon,  9 Feb 2015 18:17:07 -0600 (CST)
Date: Mon, 9 Feb 2015 18:17:07 -0600
From: "Example Flowers" <news@example.com>
To: recipient@example.com
Subject: Valentines Day 2015!
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary=mimepart_54d94e034d23e_50d9..fdbe370dc1560
X-Bounce-Guid: 30-28-11376-fa351cf35e4012d37d8c13df8735fd13edfed563
Message-Id: <20150210001707.6800110E6EE@zapp.lnstar.com>

--6800110E6EE.1423527428/zapp.lnstar.com--
""",
    [
    rcpt('recipient@example.com', 'invalid', 'userunknown', '5.1.1', '550',
         '550 5.1.1 <recipient@example.com> Recipient not found.',
         URL)], 'bounce'))

REPO, PATH = 'glpi-project/glpi', 'tests/emails-tests/02-unknown_user.eml'
URL = source(REPO, PATH)
N.append(('zimbra-ordinary', REPO, PATH, """Return-Path: unknown@glpi-project.org
Received: from 192.168.1.3 (LHLO mail.glpi-project.org) (192.168.1.3)
 by mail.glpi-project.org with LMTP; Tue, 2 Apr 2019 14:39:15 +0200
 (CEST)
Received: from mail.glpi-project.org (localhost [127.0.0.1])
	by mail.glpi-project.org (Postfix) with ESMTP id 773677E80D22
	for <unittests@glpi-project.org>; Tue,  2 Apr 2019 14:39:15 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
	by mail.glpi-project.org (Postfix) with ESMTP id 6B90B7E80D1C
	for <unittests@glpi-project.org>; Tue,  2 Apr 2019 14:39:15 +0200 (CEST)
Received: from mail.glpi-project.org ([127.0.0.1])
	by localhost (mail.glpi-project.org [127.0.0.1]) (amavisd-new, port 10026)
	with ESMTP id 6y9UygFKSq3F for <unittests@glpi-project.org>;
	Tue,  2 Apr 2019 14:39:15 +0200 (CEST)
Received: from mail.glpi-project.org (localhost [127.0.0.1])
	by mail.glpi-project.org (Postfix) with ESMTP id 5BDEE7E80C20
	for <unittests@glpi-project.org>; Tue,  2 Apr 2019 14:39:15 +0200 (CEST)
Date: Tue, 2 Apr 2019 14:39:15 +0200 (CEST)
From: Unknwon User <unknown@glpi-project.org>
To: GLPI debug <unittests@glpi-project.org>
Message-ID: <1463302629.1658676.1554208755316.JavaMail.zimbra@glpi-project.org>
Subject: Have a problem, can you help me?
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 8.0.9_GA_6191 (ZimbraWebClient - FF66 (Linux)/8.0.9_GA_6191)
Thread-Topic: Have a problem, can you help me?
Thread-Index: 5S8V6Nl8d/b1eexGt02PytEkJu1P/g==

Hello,

I have a problem, please help me!

Regards,

""", [], 'notbounce'))

REPO, PATH = 'iho-ohi/S-102-Product-Specification', 'issues/202'
URL = source(REPO, PATH)
N.append(('postfix-delay-lookup', REPO, PATH, """From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
To: sender@example.com
Subject: Delayed Mail (still being retried)
Date: Fri, 04 Sep 2026 10:00:00 +0000
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message could not be delivered for more than 2 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<recipient@example.de>: host mx.example.de[10.140.240.51] said: 451 4.3.0
    <recipient@example.de>: Temporary lookup failure (in reply to RCPT TO
    command)
""", [], 'delayed'))

REPO, PATH = 'thomasJang/axisj', 'pull/416'
URL = source(REPO, PATH)
N.append(('naver-refused-ko', REPO, PATH, """From: MAILER-DAEMON@naver.com
To: notifications@example.com
Subject: =?UTF-8?B?67CY7IahIOuplOydvA==?=
Date: Mon, 16 Feb 2015 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

NAVER - http://www.naver.com/
--------------------------------------------

recipient@naver.com 님께 보내신 메일 <Re: [axisj] 2월 3. (#416)> 이 다음과 같은 이유로 전송 실패했습니다.

--------------------------------------------

받는 사람이 회원님의 메일을 수신차단 하였습니다. 

--------------------------------------------
""",
    [
    rcpt('recipient@naver.com', 'blocked', 'blocked', '', '',
         '받는 사람이 회원님의 메일을 수신차단 하였습니다.', URL)], 'bounce'))

if __name__ == "__main__":
    write(sys.argv, __file__, 'heldout-wild4', N)
