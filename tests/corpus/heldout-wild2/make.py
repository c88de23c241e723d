#!/usr/bin/env python3
"""The notices of tests/corpus/heldout-wild2, for ../wild2_set.py to write
(see it and README.md).  usage: make.py [DIR]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from wild2_set import rcpt, source, write  # noqa: E402

N = []

REPO, PATH = 'stalwartlabs/mail-server', 'tests/resources/smtp/dsn/failure.eml'
URL = source(REPO, PATH)
N.append(('stalwart', REPO, PATH, """From: "Mail Delivery Subsystem" <MAILER-DAEMON@example.org>
To: sender@foobar.org
Auto-Submitted: auto-generated
Subject: Failed to deliver message
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; 
	boundary="mime_boundary"


--mime_boundary
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message could not be delivered to the following recipients:

<foobar@example.org> (host 'mx.example.org' rejected command 'RCPT TO:<foobar@example.org>' with code 550 (5.1.2) 'User does not exist')


--mime_boundary
Content-Type: message/delivery-status; charset="utf-8"
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns;mx.example.org
Arrival-Date: <date goes here>

Final-Recipient: rfc822;foobar@example.org
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp;550 User does not exist
Remote-MTA: dns;mx.example.org


--mime_boundary
Content-Type: message/rfc822; charset="utf-8"
Content-Transfer-Encoding: 7bit

Disclose-recipients: prohibited
From: Message Router Submission Agent <AMMGR@corp.timeplex.com>
Subject: Status of: Re: Battery current sense
To: owner-ups-mib@CS.UTK.EDU
Message-id: <01HEGJ0WNBY28Y95LN@mr.timeplex.com>
MIME-version: 1.0
Content-Type: text/plain


--mime_boundary--

""",
    [rcpt('foobar@example.org', 'invalid', 'userunknown', '5.1.2', '550',
          '550 User does not exist',
          URL)], 'bounce'))

REPO, PATH = 'stalwartlabs/mail-server', 'tests/resources/smtp/dsn/mixed.eml'
URL = source(REPO, PATH)
N.append(('stalwart-mixed', REPO, PATH, """From: "Mail Delivery Subsystem" <MAILER-DAEMON@example.org>
To: sender@foobar.org
Auto-Submitted: auto-generated
Subject: Partially delivered message
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; 
	boundary="mime_boundary"


--mime_boundary
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message has been partially delivered:

    ----- Delivery to the following addresses was successful -----
<jane@example.org> (delivered to 'mx2.example.org' with code 250 (2.1.5) 'Message accepted for delivery')

    ----- There was a temporary problem delivering to these addresses -----
<john.doe@example.org> (connection to 'mx.domain.org' failed: Connection timeout)

    ----- Delivery to the following addresses failed -----
<foobar@example.org> (host 'mx.example.org' rejected command 'RCPT TO:<foobar@example.org>' with code 550 (5.1.2) 'User does not exist')


--mime_boundary
Content-Type: message/delivery-status; charset="utf-8"
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns;mx.example.org
Arrival-Date: <date goes here>

Final-Recipient: rfc822;foobar@example.org
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp;550 User does not exist
Remote-MTA: dns;mx.example.org

Final-Recipient: rfc822;jane@example.org
Action: delivered
Status: 2.1.5
Remote-MTA: dns;mx2.example.org

Original-Recipient: rfc822;jdoe@example.org
Final-Recipient: rfc822;john.doe@example.org
Action: delayed
Status: 4.0.0
Remote-MTA: dns;mx.domain.org
Will-Retry-Until: <date goes here>


--mime_boundary
Content-Type: message/rfc822; charset="utf-8"
Content-Transfer-Encoding: 7bit

Disclose-recipients: prohibited
From: Message Router Submission Agent <AMMGR@corp.timeplex.com>
Subject: Status of: Re: Battery current sense
To: owner-ups-mib@CS.UTK.EDU
Message-id: <01HEGJ0WNBY28Y95LN@mr.timeplex.com>
MIME-version: 1.0
Content-Type: text/plain


--mime_boundary--

""",
    [rcpt('foobar@example.org', 'invalid', 'userunknown', '5.1.2', '550',
          '550 User does not exist',
          URL)], 'bounce'))

REPO, PATH = 'stalwartlabs/mail-server', 'tests/resources/smtp/dsn/delay.eml'
URL = source(REPO, PATH)
N.append(('stalwart-delay', REPO, PATH, """From: "Mail Delivery Subsystem" <MAILER-DAEMON@example.org>
To: sender@foobar.org
Auto-Submitted: auto-generated
Subject: Warning: Delay in message delivery
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; 
	boundary="mime_boundary"


--mime_boundary
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

There was a temporary problem delivering your message to the following recipients:

<john.doe@example.org> (connection to 'mx.domain.org' failed: Connection timeout)


--mime_boundary
Content-Type: message/delivery-status; charset="utf-8"
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns;mx.example.org
Arrival-Date: <date goes here>

Original-Recipient: rfc822;jdoe@example.org
Final-Recipient: rfc822;john.doe@example.org
Action: delayed
Status: 4.0.0
Remote-MTA: dns;mx.domain.org
Will-Retry-Until: <date goes here>


--mime_boundary
Content-Type: message/rfc822; charset="utf-8"
Content-Transfer-Encoding: 7bit

Disclose-recipients: prohibited
From: Message Router Submission Agent <AMMGR@corp.timeplex.com>
Subject: Status of: Re: Battery current sense
To: owner-ups-mib@CS.UTK.EDU
Message-id: <01HEGJ0WNBY28Y95LN@mr.timeplex.com>
MIME-version: 1.0
Content-Type: text/plain


--mime_boundary--

""",
    [], 'delayed'))

REPO, PATH = 'stalwartlabs/mail-server', 'tests/resources/smtp/dsn/success.eml'
URL = source(REPO, PATH)
N.append(('stalwart-success', REPO, PATH, """From: "Mail Delivery Subsystem" <MAILER-DAEMON@example.org>
To: sender@foobar.org
Auto-Submitted: auto-generated
Subject: Successfully delivered message
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; 
	boundary="mime_boundary"


--mime_boundary
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message has been successfully delivered to the following recipients:

<jane@example.org> (delivered to 'mx2.example.org' with code 250 (2.1.5) 'Message accepted for delivery')


--mime_boundary
Content-Type: message/delivery-status; charset="utf-8"
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns;mx.example.org
Arrival-Date: <date goes here>

Final-Recipient: rfc822;jane@example.org
Action: delivered
Status: 2.1.5
Remote-MTA: dns;mx2.example.org


--mime_boundary
Content-Type: message/rfc822; charset="utf-8"
Content-Transfer-Encoding: 7bit

Disclose-recipients: prohibited
From: Message Router Submission Agent <AMMGR@corp.timeplex.com>
Subject: Status of: Re: Battery current sense
To: owner-ups-mib@CS.UTK.EDU
Message-id: <01HEGJ0WNBY28Y95LN@mr.timeplex.com>
MIME-version: 1.0
Content-Type: text/plain


--mime_boundary--

""",
    [], 'delivered'))

REPO, PATH = 'stalwartlabs/mail-server', 'tests/resources/smtp/reports/arf2.eml'
URL = source(REPO, PATH)
N.append(('arf-abuse', REPO, PATH, """From: <abusedesk@example.com>
Date: Thu, 8 Mar 2005 17:40:36 EDT
Subject: FW: Earn money
To: <abuse@example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
    boundary="part1_13d.2e68ed54_boundary"

--part1_13d.2e68ed54_boundary
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP
192.0.2.1 on Thu, 8 Mar 2005 14:00:00 EDT.  For more information
about this format please see http://www.mipassoc.org/arf/.

--part1_13d.2e68ed54_boundary
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: SomeGenerator/1.0
Version: 1
Original-Mail-From: <somespammer@example.net>
Original-Rcpt-To: <user@example.com>
Arrival-Date: Thu, 8 Mar 2005 14:00:00 EDT
Reporting-MTA: dns; mail.example.com
Source-IP: 192.0.2.1
Authentication-Results: mail.example.com;
                spf=fail smtp.mail=somespammer@example.com
Reported-Domain: example.net
Reported-Uri: http://example.net/earn_money.html
Reported-Uri: mailto:user@example.com
Removal-Recipient: user@example.com

--part1_13d.2e68ed54_boundary
Content-Type: message/rfc822
Content-Disposition: inline

From: <somespammer@example.net>
Received: from mailserver.example.net (mailserver.example.net
    [192.0.2.1]) by example.com with ESMTP id M63d4137594e46;
    Thu, 08 Mar 2005 14:00:00 -0400

To: <Undisclosed Recipients>
Subject: Earn money
MIME-Version: 1.0
Content-type: text/plain
Message-ID: 8787KJKJ3K4J3K4J3K4J3.mail@example.net
Date: Thu, 02 Sep 2004 12:31:03 -0500

Spam Spam Spam
Spam Spam Spam
Spam Spam Spam
Spam Spam Spam
--part1_13d.2e68ed54_boundary--
""",
    [rcpt('user@example.com', 'complaint', 'feedback', '', '',
          '',
          URL)], 'feedback'))

REPO, PATH = 'stalwartlabs/mail-server', 'tests/resources/smtp/reports/tls1.eml'
URL = source(REPO, PATH)
N.append(('tlsrpt', REPO, PATH, """From: tlsrpt@mail.sender.example.com
Date: Fri, May 09 2017 16:54:30 -0800
To: mts-sts-tlsrpt@example.net
Subject: Report Domain: example.net
    Submitter: mail.sender.example.com
    Report-ID: <735ff.e317+bf22029@example.net>
TLS-Report-Domain: example.net
TLS-Report-Submitter: mail.sender.example.com
MIME-Version: 1.0
Content-Type: multipart/report; report-type="tlsrpt";
    boundary="----=_NextPart_000_024E_01CC9B0A.AFE54C00"
Content-Language: en-us

This is a multipart message in MIME format.

------=_NextPart_000_024E_01CC9B0A.AFE54C00
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

This is an aggregate TLS report from mail.sender.example.com

------=_NextPart_000_024E_01CC9B0A.AFE54C00
Content-Type: application/tlsrpt+gzip
Content-Transfer-Encoding: base64
Content-Disposition: attachment;
    filename="mail.sender.example!example.com!1013662812!1013749130.json.gz"

H4sICCpFtWMAA3JwdDAxLmpzb24uMQCtVVtr2zAYfe+vEN7bmFzZjt3EMLbRhu1hdCUJI+soRpGU
VMy2jCSHZCX/fZIvzVLHpc0WDDHSOfqOznfxwxkwP0fIFc75b6y5yGGOM+bEwLkUWYHzLZw772oU
xZpBifOV3X6o1qp1pbHU0O5qXlN95EUQDSDyZgjF1XPbnFIxWE778H4QhyPz3DoVfNfEJiLXmGjI
86WwDKUVlKwQUvN89ZE0Ujcu2+CsSFkruYZATi0nRFE48C8I9AMawMEFwXARMQRHg4hhxIZksHgk
FiLlhDNleD8fde/vvMdsD7x4sgf1tmCN3L/u/xSltDS3OAh1AFszqUxmYjCdTdfekYMqVCYoi4Fm
ylrSC9rE4K2bYZ66rWnbJ6Z1OXiT4JU5exgNEHI6oLv+m1FhQuXWgZdEM+rgvVC634le6V1RByu7
w2COKrMMy57caaFxClVJCFNqWZpX8287g4gyt+LCwI+OqK95SyOwlKxDClDwrKSWR5k2b+qoB12x
FVUyVab6sdgIM12x5MS2K9sUXDLal1plOtFUC8w0hryoWxF5MV0MY7wg1PSt58dxb8lJRhhfVwfU
mWtnR7bxXllk9vqMdlzzEOrgd90jXmZMNah0qmAutMlvYWfDP3kTnOaN/0pv9ke1OgIXuZ4XuGH0
Sj/NFXoImFJu578pYTtkZVZ9DWy4e60LFZ+f18NUuZ1p2+wklgc+AE7Be9AMW0AABH4AaPAGTBv7
r4WetuaDbueenN41Tjmtv2FNM708td5o6Iaea8rNjfwT8jA8oQzgApNfZfF/GiV4Bm7HimRYVXBa
RZ+HaJR8T8aTSXIz+Tb/kdx8mn1Jvo6vP5u/8fxyPL4aXx3JzcHKfsbW63dnuz+8byfQUQgAAA==

------=_NextPart_000_024E_01CC9B0A.AFE54C00--
""",
    [], 'notbounce'))

REPO, PATH = 'discourse/discourse', 'spec/fixtures/emails/bounced_email.eml'
URL = source(REPO, PATH)
N.append(('postfix-xpostfix', REPO, PATH, """Delivered-To: someguy@discourse.org
Date: Thu,  7 Apr 2016 19:04:30 +0900 (JST)
From: MAILER-DAEMON@example.co.jp (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: someguy@discourse.org
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="18F5D18A0075.1460023470/some@daemon.com"

This is a MIME-encapsulated message.

--18F5D18A0075.1460023470/some@daemon.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

Your email bounced

--18F5D18A0075.1460023470/some@daemon.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Final-Recipient: rfc822; linux-admin@example.co.jp
Original-Recipient: rfc822;linux-admin@example.co.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "linux-admin"

--18F5D18A0075.1460023470/some@daemon.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <someguy@discourse.org>
Date: Thu, 07 Apr 2016 03:04:28 -0700 (PDT)
From: someguy@discourse.org
X-Discourse-Auto-Generated: marked

This is the body

--18F5D18A0075.1460023470/some@daemon.com--
""",
    [rcpt('linux-admin@example.co.jp', 'invalid', 'userunknown', '5.1.1', '',
          'unknown user: "linux-admin"',
          URL)], 'bounce'))

REPO, PATH = 'discourse/discourse', 'spec/fixtures/emails/bounced_email_multiple_status_codes.eml'
URL = source(REPO, PATH)
N.append(('postfix-xpostfix', REPO, PATH, """Delivered-To: someguy@discourse.org
Date: Thu,  7 Apr 2016 19:04:30 +0900 (JST)
From: MAILER-DAEMON@example.co.jp (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: someguy@discourse.org
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="18F5D18A0075.1460023470/some@daemon.com"

This is a MIME-encapsulated message.

--18F5D18A0075.1460023470/some@daemon.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

Your email bounced

--18F5D18A0075.1460023470/some@daemon.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Final-Recipient: rfc822; linux-admin@example.co.jp
Original-Recipient: rfc822;linux-admin@example.co.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "linux-admin"

Final-Recipient: rfc822; foo@example.co.jp
Original-Recipient: rfc822;linux-admin@example.co.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "foo"

--18F5D18A0075.1460023470/some@daemon.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <someguy@discourse.org>
Date: Thu, 07 Apr 2016 03:04:28 -0700 (PDT)
From: someguy@discourse.org
X-Discourse-Auto-Generated: marked

This is the body

--18F5D18A0075.1460023470/some@daemon.com--
""",
    [rcpt('linux-admin@example.co.jp', 'invalid', 'userunknown', '5.1.1', '',
          'unknown user: "linux-admin"',
          URL),
     rcpt('foo@example.co.jp', 'invalid', 'userunknown', '5.1.1', '',
          'unknown user: "foo"',
          URL)], 'bounce'))

REPO, PATH = 'discourse/discourse', 'spec/fixtures/emails/auto_reply.eml'
URL = source(REPO, PATH)
N.append(('sieve-autoreply', REPO, PATH, """Return-Path: <jake@adventuretime.ooo>
Received: from iceking.adventuretime.ooo ([unix socket]) by iceking (Cyrus v2.2.13-Debian-2.2.13-19+squeeze3) with LMTPA; Thu, 13 Jun 2013 17:03:50 -0400
Received: from mail-ie0-x234.google.com (mail-ie0-x234.google.com [IPv6:2607:f8b0:4001:c03::234]) by iceking.adventuretime.ooo (8.14.3/8.14.3/Debian-9.4) with ESMTP id r5DL3nFJ016967 (version=TLSv1/SSLv3 cipher=RC4-SHA bits=128 verify=NOT) for <reply+59d8df8370b7e95c5a49fbf86aeb2c93@discourse.example.com>; Thu, 13 Jun 2013 17:03:50 -0400
Received: by mail-ie0-f180.google.com with SMTP id f4so21977375iea.25 for <reply+59d8df8370b7e95c5a49fbf86aeb2c93@discourse.example.com>; Thu, 13 Jun 2013 14:03:48 -0700
Received: by 10.0.0.1 with HTTP; Thu, 13 Jun 2013 14:03:48 -0700
Date: Thu, 13 Jun 2013 17:03:48 -0400
From: Jake the Dog <jake@adventuretime.ooo>
To: reply+636ca428858779856c226bb145ef4fad@appmail.adventuretime.ooo
Message-ID: <CADkmRc+rNGAGGbV2iE5p918UVy4UyJqVcXRO2=otppgzduJSg@mail.gmail.com>
Subject: re: [Discourse Meta] eviltrout posted in 'Adventure Time Sux'
Mime-Version: 1.0
Content-Type: text/plain;
 charset=ISO-8859-1
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Sieve: CMU Sieve 2.2
X-Received: by 10.0.0.1 with SMTP id n7mr11234144ipb.85.1371157428600; Thu,
 13 Jun 2013 14:03:48 -0700 (PDT)
X-Scanned-By: MIMEDefang 2.69 on IPv6:2001:470:1d:165::1

Test reply to Discourse email digest
""",
    [], 'autoreply'))

REPO, PATH = 'mikel/mail', 'spec/fixtures/emails/multipart_report_emails/multi_address_bounce1.eml'
URL = source(REPO, PATH)
N.append(('postfix-gmail', REPO, PATH, """Received: from lvmail01.LL.com (LHLO lvmail01.LL.com)
 (10.60.6.3) by lvmail01.LL.com with LMTP; Tue, 23 Feb 2010 22:16:41
 -0800 (PST)
Received: by lvmail01.LL.com (Postfix)
	id 3E47A1BC025; Tue, 23 Feb 2010 22:16:41 -0800 (PST)
Date: Tue, 23 Feb 2010 22:16:41 -0800 (PST)
From: MAILER-DAEMON@lvmail01.LL.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: ravi.kumar@LL.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B7841BC027.1266992201/lvmail01.LL.com"
Content-Transfer-Encoding: 7bit
Message-Id: <20100224061641.3E47A1BC025@lvmail01.LL.com>

This is a MIME-encapsulated message.

--9B7841BC027.1266992201/lvmail01.LL.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host lvmail01.LL.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bbbbvhvbbvkjbhfbvbvjhb@gmail.com>: host
    gmail-smtp-in.l.google.com[209.85.223.33] said: 550-5.1.1 The email account
    that you tried to reach does not exist. Please try 550-5.1.1
    double-checking the recipient's email address for typos or 550-5.1.1
    unnecessary spaces. Learn more at                              550 5.1.1
    http://mail.google.com/support/bin/answer.py?answer=6596 41si5422799iwn.27
    (in reply to RCPT TO command)

<bscdbcjhasbcjhbdscbhbsdhcbj@gmail.com>: host
    gmail-smtp-in.l.google.com[209.85.223.33] said: 550-5.1.1 The email account
    that you tried to reach does not exist. Please try 550-5.1.1
    double-checking the recipient's email address for typos or 550-5.1.1
    unnecessary spaces. Learn more at                              550 5.1.1
    http://mail.google.com/support/bin/answer.py?answer=6596 41si5422799iwn.27
    (in reply to RCPT TO command)

<egyfefsdvsfvvhjsd@gmail.com>: host gmail-smtp-in.l.google.com[209.85.223.33]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    Please try 550-5.1.1 double-checking the recipient's email address for
    typos or 550-5.1.1 unnecessary spaces. Learn more at
    550 5.1.1 http://mail.google.com/support/bin/answer.py?answer=6596
    41si5422799iwn.27 (in reply to RCPT TO command)

<kfhejkfbsjkjsbhds@gmail.com>: host gmail-smtp-in.l.google.com[209.85.223.33]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    Please try 550-5.1.1 double-checking the recipient's email address for
    typos or 550-5.1.1 unnecessary spaces. Learn more at
    550 5.1.1 http://mail.google.com/support/bin/answer.py?answer=6596
    41si5422799iwn.27 (in reply to RCPT TO command)

<qfvhgsvhgsduiohncdhcvhsdfvsfygusd@gmail.com>: host
    gmail-smtp-in.l.google.com[209.85.223.33] said: 550-5.1.1 The email account
    that you tried to reach does not exist. Please try 550-5.1.1
    double-checking the recipient's email address for typos or 550-5.1.1
    unnecessary spaces. Learn more at                              550 5.1.1
    http://mail.google.com/support/bin/answer.py?answer=6596 41si5422799iwn.27
    (in reply to RCPT TO command)

--9B7841BC027.1266992201/lvmail01.LL.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; lvmail01.LL.com
X-Postfix-Queue-ID: 9B7841BC027
X-Postfix-Sender: rfc822; ravi.kumar@LL.com
Arrival-Date: Tue, 23 Feb 2010 22:16:15 -0800 (PST)

Final-Recipient: rfc822; bbbbvhvbbvkjbhfbvbvjhb@gmail.com
Original-Recipient: rfc822;bbbbvhvbbvkjbhfbvbvjhb@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. Learn more at
    550 5.1.1 http://mail.google.com/support/bin/answer.py?answer=6596
    41si5422799iwn.27

Final-Recipient: rfc822; bscdbcjhasbcjhbdscbhbsdhcbj@gmail.com
Original-Recipient: rfc822;bscdbcjhasbcjhbdscbhbsdhcbj@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. Learn more at
    550 5.1.1 http://mail.google.com/support/bin/answer.py?answer=6596
    41si5422799iwn.27

Final-Recipient: rfc822; egyfefsdvsfvvhjsd@gmail.com
Original-Recipient: rfc822;egyfefsdvsfvvhjsd@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. Learn more at
    550 5.1.1 http://mail.google.com/support/bin/answer.py?answer=6596
    41si5422799iwn.27

Final-Recipient: rfc822; kfhejkfbsjkjsbhds@gmail.com
Original-Recipient: rfc822;kfhejkfbsjkjsbhds@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. Learn more at
    550 5.1.1 http://mail.google.com/support/bin/answer.py?answer=6596
    41si5422799iwn.27

Final-Recipient: rfc822; qfvhgsvhgsduiohncdhcvhsdfvsfygusd@gmail.com
Original-Recipient: rfc822;qfvhgsvhgsduiohncdhcvhsdfvsfygusd@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. Learn more at
    550 5.1.1 http://mail.google.com/support/bin/answer.py?answer=6596
    41si5422799iwn.27

--9B7841BC027.1266992201/lvmail01.LL.com
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 7bit

Return-Path: <ravi.kumar@LL.com>
Received: from lvmail01.LL.com (lvmail01.LL.com [10.60.6.3])
	by lvmail01.LL.com (Postfix) with ESMTP id 12D311BC025;
	Tue, 23 Feb 2010 22:16:15 -0800 (PST)
Date: Tue, 23 Feb 2010 22:16:14 -0800 (PST)
From: Ravi Kumar <ravi.kumar@LL.com>
To: egyfefsdvsfvvhjsd@gmail.com, kfhejkfbsjkjsbhds@gmail.com, 
	bbbbvhvbbvkjbhfbvbvjhb@gmail.com, 
	qfvhgsvhgsduiohncdhcvhsdfvsfygusd@gmail.com, 
	bscdbcjhasbcjhbdscbhbsdhcbj@gmail.com
Message-ID: <118707422.15521266992174819.JavaMail.root@lvmail01>
Subject: Test of bounce email
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 6.0.1_GA_1816.UBUNTU8_64 (ZimbraWebClient - FF3.0 (Linux)/6.0.1_GA_1816.UBUNTU8_64)

This is just testing.

--9B7841BC027.1266992201/lvmail01.LL.com--
""",
    [rcpt('bbbbvhvbbvkjbhfbvbvjhb@gmail.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 The email account that you tried to reach does not exist.',
          URL),
     rcpt('bscdbcjhasbcjhbdscbhbsdhcbj@gmail.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 The email account that you tried to reach does not exist.',
          URL),
     rcpt('egyfefsdvsfvvhjsd@gmail.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 The email account that you tried to reach does not exist.',
          URL),
     rcpt('kfhejkfbsjkjsbhds@gmail.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 The email account that you tried to reach does not exist.',
          URL),
     rcpt('qfvhgsvhgsduiohncdhcvhsdfvsfygusd@gmail.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 The email account that you tried to reach does not exist.',
          URL)], 'bounce'))

REPO, PATH = 'mikel/mail', 'spec/fixtures/emails/multipart_report_emails/report_422.eml'
URL = source(REPO, PATH)
N.append(('sendmail-delay', REPO, PATH, """Return-Path: <mail_dump@ns1.sssssss.net.au>
Received: from localhost (localhost)
	by mail11.tppppp.com.au (envelope-from MAILER-DAEMON) (8.14.2/8.14.2) id m0GFZ1c3009410;
	Thu, 17 Jan 2008 03:40:52 +1100
Date: Thu, 17 Jan 2008 03:40:52 +1100
From: Mail Delivery Subsystem <MAILER-DAEMON@tppppp.com.au>
Message-Id: <200801161640.m0GFZ1c3009410@mail11.ttttt.com.au>
To: <jennifer@sss.sssssss.net.au>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="m0GFZ1c3009410.1200501652/mail11.ttttt.com.au"
Subject: Warning: could not send message for past 8 hours
Auto-Submitted: auto-generated (warning-timeout)
Resent-Date: Thu, 17 Jan 2008 03:40:53 +1100 (EST)
Resent-From: <mail_dump@ns1.sssssss.net.au>
Resent-To: <mikel@sssssss.net>
Resent-Message-ID: <ceaa681bbcb6c7f6.1200501653@sssssss.net.au>
X-Spam-Status: No


--m0GFZ1c3009410.1200501652/mail11.ttttt.com.au
Content-Type: text/plain

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Wed, 16 Jan 2008 19:38:07 +1100
from 60-0-0-61.static.tppppp.com.au [60.0.0.61]

This message was generated by mail11.tppppp.com.au

   ----- Transcript of session follows -----
.... while talking to mail.oooooooo.com.au.:
>>> DATA
<<< 452 4.2.2 <fraser@oooooooo.com.au>... Mailbox full
<fraser@oooooooo.com.au>... Deferred: 452 4.2.2 <fraser@oooooooo.com.au>... Mailbox full
<<< 503 5.0.0 Need RCPT (recipient)
Warning: message still undelivered after 8 hours
Will keep trying until message is 5 days old

-- 
This message has been scanned for viruses and
dangerous content by MailScanner, and is
believed to be clean.


--m0GFZ1c3009410.1200501652/mail11.ttttt.com.au
Content-Type: message/delivery-status

Reporting-MTA: dns; mail11.ttttt.com.au
Arrival-Date: Wed, 16 Jan 2008 19:38:07 +1100

Final-Recipient: RFC822; fraser@oooooooo.com.au
Action: delayed
Status: 4.2.2
Remote-MTA: DNS; mail.oooooooo.com.au
Diagnostic-Code: SMTP; 452 4.2.2 <fraser@oooooooo.com.au>... Mailbox full
Last-Attempt-Date: Thu, 17 Jan 2008 03:40:52 +1100

--m0GFZ1c3009410.1200501652/mail11.ttttt.com.au
Content-Type: text/rfc822-headers

Return-Path: <jennifer@sss.sssssss.net.au>
Received: from k1s2yo86 (60-0-0-61.static.tppppp.com.au [60.0.0.61])
	by mail11.tppppp.com.au (envelope-from jennifer@sss.sssssss.net.au) (8.14.2/8.14.2) with ESMTP id m0G8c0fR020461
	for <fraser@oooooooo.com.au>; Wed, 16 Jan 2008 19:38:07 +1100
Date: Wed, 16 Jan 2008 19:38:07 +1100
From: Sydney <jennifer@sss.sssssss.net.au>
Message-ID: <15655788.13.1200472642578.JavaMail.Administrator@mail.ttttt.com.au>
Subject: Wanted
MIME-Version: 1.0
Content-Type: multipart/mixed; 
	boundary="----=_Part_12_28168925.1200472642578"
X-Virus-Scanned: ClamAV 0.91.2/5484/Wed Jan 16 06:31:27 2008 on mail11.tppppp.com.au
X-Virus-Status: Clean

--m0GFZ1c3009410.1200501652/mail11.ttttt.com.au--
""",
    [], 'delayed'))

REPO, PATH = 'mikel/mail', 'spec/fixtures/emails/multipart_report_emails/report_530.eml'
URL = source(REPO, PATH)
N.append(('sendmail', REPO, PATH, """Return-Path: <MAILER-DAEMON@imap01.sssss.net>
Received: from localhost (localhost)
	by mail12.tttttt.com.au (envelope-from MAILER-DAEMON) (8.14.2/8.14.2) id lBNN3rDp003436;
	Mon, 24 Dec 2007 10:03:53 +1100
Date: Mon, 24 Dec 2007 10:03:53 +1100
From: Mail Delivery Subsystem <MAILER-DAEMON@tttttt.com.au>
Message-Id: <200712232303.lBNN3rDp003436@mail12.rrrr.com.au>
To: <mikel@sssss.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="lBNN3rDp003436.1198451033/mail12.rrrr.com.au"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)
X-Spam-Status: No

This is a MIME-encapsulated message

--lBNN3rDp003436.1198451033/mail12.rrrr.com.au

The original message was received at Mon, 24 Dec 2007 10:03:47 +1100
from 60-0-0-146.static.tttttt.com.au [60.0.0.146]

This message was generated by mail12.tttttt.com.au

   ----- The following addresses had permanent fatal errors -----
<edwin@zzzzzzz.com>
    (reason: 553 5.3.0 <edwin@zzzzzzz.com>... Unknown E-Mail Address)

   ----- Transcript of session follows -----
... while talking to mail.zzzzzz.com.:
>>> DATA
<<< 553 5.3.0 <edwin@zzzzzzz.com>... Unknown E-Mail Address
550 5.1.1 <edwin@zzzzzzz.com>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

-- 
This message has been scanned for viruses and
dangerous content by MailScanner, and is
believed to be clean.


--lBNN3rDp003436.1198451033/mail12.rrrr.com.au
Content-Type: message/delivery-status

Reporting-MTA: dns; mail12.rrrr.com.au
Received-From-MTA: DNS; 60-0-0-146.static.tttttt.com.au
Arrival-Date: Mon, 24 Dec 2007 10:03:47 +1100

Final-Recipient: RFC822; edwin@zzzzzzz.com
Action: failed
Status: 5.3.0
Remote-MTA: DNS; mail.zzzzzz.com
Diagnostic-Code: SMTP; 553 5.3.0 <edwin@zzzzzzz.com>... Unknown E-Mail Address
Last-Attempt-Date: Mon, 24 Dec 2007 10:03:53 +1100

--lBNN3rDp003436.1198451033/mail12.rrrr.com.au
Content-Type: text/rfc822-headers

Return-Path: <mikel@sssss.net>
Received: from [192.168.0.3] (60-0-0-146.static.tttttt.com.au [60.0.0.146])
	by mail12.tttttt.com.au (envelope-from mikel@sssss.net) (8.14.2/8.14.2) with ESMTP id lBNN3jDq002941
	for <edwin@zzzzzzz.com>; Mon, 24 Dec 2007 10:03:47 +1100
Resent-Date: Mon, 24 Dec 2007 10:03:47 +1100
Date: Mon, 24 Dec 2007 10:03:47 +1100
Resent-Message-Id: <200712232303.lBNN3jDq002941@mail12.rrrr.com.au>
Message-Id: <200712232303.lBNN3jDq002941@mail12.rrrr.com.au>
Mime-Version: 1.0
Content-Type: multipart/report;
	report-type=delivery-status;
	boundary=80874BE0-2DFF-4BCB-8AA1-A00E17ACA2EA
Received: from [85.0.0.121] by mail.zzzzzz.com; , 23 Dec 2007 12:57:34 -0800
X-Mailer: Apple Mail (2.753)
From: postoffice
Subject: Returned mail: User unknown
Resent-From: mikel@sssss.net
Auto-Submitted: auto-generated (failure)
To: "Merrill" <edwin@zzzzzzz.com>
X-Virus-Scanned: ClamAV 0.91.2/5229/Mon Dec 24 07:36:55 2007 on mail12.tttttt.com.au
X-Virus-Status: Clean

--lBNN3rDp003436.1198451033/mail12.rrrr.com.au--


""",
    [rcpt('edwin@zzzzzzz.com', 'invalid', 'userunknown', '5.3.0', '553',
          '553 5.3.0 <edwin@zzzzzzz.com>... Unknown E-Mail Address',
          URL)], 'bounce'))

REPO, PATH = 'mikel/mail', 'spec/fixtures/emails/multipart_report_emails/multipart_report_multiple_status.eml'
URL = source(REPO, PATH)
N.append(('intermail-sms', REPO, PATH, """Return-Path: <>
X-Original-To: notification+promo@blah.com
Delivered-To: notification+promo@blah.com
Received: from schemailmta04.ci.com (schemailmta04.ci.com [209.183.37.58])
    by blah.com (Postfix) with ESMTP id 24EF419F546
    for <notification+promo@blah.com>; Tue, 29 Jun 2010 15:42:46 +0000 (UTC)
To: notification+promo@blah.com
From: Mail Administrator <Postmaster@ci.com>
Reply-To: <Postmaster@ci.com>
Subject: Mail System Error - Returned Mail
Date: Tue, 29 Jun 2010 10:42:44 -0500
Message-ID: <20100629154244.OZPA15102.schemailmta04.ci.com@schemailmta04>
MIME-Version: 1.0
Content-Type: multipart/report;
        report-type=delivery-status;
        Boundary="===========================_ _= 6078796(15102)1277826164"


--===========================_ _= 6078796(15102)1277826164
Content-Type: message/delivery-status;

This Message was undeliverable due to the following reason:


<u@ci.com> has restricted SMS e-mail

Please reply to <Postmaster@ci.com>
if you feel this message to be in error.

--===========================_ _= 6078796(15102)1277826164
Content-Type: message/delivery-status

Reporting-MTA: dns; schemailmta04.ci.com
Arrival-Date: Tue, 29 Jun 2010 10:42:37 -0500
Received-From-MTA: dns; schemailedgegx04.ci.com (172.16.130.170)

Original-Recipient: rfc822;u@ci.com
Final-Recipient: RFC822; <u@ci.com>
Action: failed
Status: 5.3.0

--===========================_ _= 6078796(15102)1277826164
Content-Type: message/rfc822

Received: from schemailedgegx04.ci.com ([172.16.130.170])
          by schemailmta04.ci.com
          (InterMail vM.6.01.04.00 201-2131-118-20041027) with ESMTP
          id <20100629154237.OZBY15102.schemailmta04.ci.com@schemailedgegx04.ci.com>
          for <u@ci.com>; Tue, 29 Jun 2010 10:42:37 -0500
Date: Tue, 29 Jun 2010 15:42:25 +0000
From: HomeRun <notification@blah.com>
Reply-To: HomeRun <notification+45b0d380@blah.com>
To: u@ci.com
Message-ID: <4c2a146147ac8_61ff157c4ec1652df@s.h.c.mail>
Subject: Your Friend F M wants you to join HomeRun
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Your friend thinks you should join HomeRun.

--===========================_ _= 6078796(15102)1277826164--
Comments
""",
    [rcpt('u@ci.com', 'blocked', 'filtered', '5.3.0', '',
          '<u@ci.com> has restricted SMS e-mail',
          URL)], 'bounce'))

REPO, PATH = 'mikel/mail', 'spec/fixtures/emails/multipart_report_emails/original_recipient.eml'
URL = source(REPO, PATH)
N.append(('postfix-icloud', REPO, PATH, """Return-Path: <>
Received: from mx1.mailbox.org ([2001:67c:2050:104:0:1:25:1])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
	by director-02.test.de with LMTPS
	id uPBwIuxTm2SfsAEAlp8NpQ
	(envelope-from <>); Tue, 27 Jun 2023 23:26:04 +0200
Received: from a1-222.smtp-out.test.com (a1-222.smtp-out.test.com [54.240.1.222])
	(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
	(No client certificate requested)
	by mx1.mailbox.org (Postfix) with ESMTPS id 3EF4340E9F
	for <sender@m.example.org>; Tue, 27 Jun 2023 23:25:59 +0200 (CEST)
Date: Tue, 27 Jun 2023 21:25:58 +0000
From: MAILER-DAEMON@test.com
Subject: Undelivered Mail Returned to Sender
To: sender@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="A16F82740131.1687901155/test.me.com"
Message-ID: <01020188febfbbf8-3c137af1-926b-4d95-9b6d-cb8f8cbbeb09-000000@test.com>
Feedback-ID: 1.eu-west-1.0pfipXcwfD+EDqIDx/wxaiLX5lpJCKjcUYBsIJh4b/Q=:AmazonSES
X-SES-Outgoing: 2023.06.27-54.240.1.222

This is a MIME-encapsulated message.
--A16F82740131.1687901155/test.me.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host test.me.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<max.mustermann@icloud.com>: Message delivery failed

--A16F82740131.1687901155/test.me.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; test.me.com
X-Postfix-Queue-ID: A16F82740131
X-Postfix-Sender: rfc822; 01020188febf9fba-5f4cc882-e34e-4b36-95fa-af72ec788ac1-000000@mail.m.example.org
Arrival-Date: Tue, 27 Jun 2023 21:25:53 +0000 (UTC)

Final-Recipient: rfc822; ********************@**********
Original-Recipient: rfc822;max.mustermann@example.org
Action: failed
Status: 5.2.0
Diagnostic-Code: X-Postfix; Message delivery failed

--A16F82740131.1687901155/test.me.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <01020188febf9fba-5f4cc882-e34e-4b36-95fa-af72ec788ac1-000000@mail.m.example.org>
Received: from a4-21.smtp-out.test.com (a4-21.smtp-out.test.com [54.240.4.21])
	by test.me.com (Postfix) with ESMTPS id A16F82740131
	for <max.mustermann@icloud.com>; Tue, 27 Jun 2023 21:25:53 +0000 (UTC)
Date: Tue, 27 Jun 2023 21:25:51 +0000
From: Max Mustermann <sender@m.example.org>
Sender: Max Mustermann <sender@m.example.org>
Reply-To: sender@m.example.org
To: max.mustermann@icloud.com
Message-ID: <01020188febf9fba-5f4cc882-e34e-4b36-95fa-af72ec788ac1-000000@test.com>
Subject: =?UTF-8?Q?Empfangsbest=C3=A4tigung_Bewerbung?=
Mime-Version: 1.0
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrter Herr Max Mustermann,
vielen Dank f=C3=BCr Deine Bewerbung und das Interesse an unserem Haus.

--A16F82740131.1687901155/test.me.com--
""",
    [dict(rcpt('max.mustermann@icloud.com', 'unknown', 'undefined', '5.2.0', '',
          'Message delivery failed',
          URL),
         alt=['max.mustermann@example.org'])], 'bounce'))

REPO, PATH = 'okfde/froide', 'froide/bounce/testdata/bounce_001.txt'
URL = source(REPO, PATH)
N.append(('postfix-mxlogic', REPO, PATH, """Return-Path: <MAILER-DAEMON>
X-Original-To: info@fragdenstaat.de
Delivered-To: mail@fragdenstaat.de
Received: by fragdenstaat.de (Postfix)
	id D863295C0B8; Fri, 13 Nov 2015 20:32:40 +0100 (CET)
Date: Fri, 13 Nov 2015 20:32:40 +0100 (CET)
From: MAILER-DAEMON@fragdenstaat.de (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: info@fragdenstaat.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0380295C09C.1447443160/fragdenstaat.de"
Content-Transfer-Encoding: 8bit
Message-Id: <20151113193240.D863295C0B8@fragdenstaat.de>

This is a MIME-encapsulated message.

--0380295C09C.1447443160/fragdenstaat.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host fragdenstaat.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<nonexistant@example.org>: host
    example.org.inbound10.mxlogic.net[208.65.145.3] said: 553
    Invalid recipient nonexistant@example.org (Mode: normal)
    (in reply to RCPT TO command)

--0380295C09C.1447443160/fragdenstaat.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; fragdenstaat.de
X-Postfix-Queue-ID: 0380295C09C
X-Postfix-Sender: rfc822; info@fragdenstaat.de
Arrival-Date: Fri, 13 Nov 2015 20:32:39 +0100 (CET)

Final-Recipient: rfc822; nonexistant@example.org
Original-Recipient: rfc822;nonexistant@example.org
Action: failed
Status: 5.0.0
Remote-MTA: dns; example.org.inbound10.mxlogic.net
Diagnostic-Code: smtp; 553 Invalid recipient
    nonexistant@example.org (Mode: normal)

--0380295C09C.1447443160/fragdenstaat.de
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <info@fragdenstaat.de>
Received: from localhost (localhost [127.0.0.1])
	by fragdenstaat.de (Postfix) with ESMTP id 0380295C09C
	for <nonexistant@example.org>; Fri, 13 Nov 2015 20:32:39 +0100 (CET)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Subject: =?utf-8?q?Frag_den_Staat=3A_Bitte_best=C3=A4tigen_Sie_Ihren_Account?=
From: info@fragdenstaat.de
To: nonexistant@example.org
Date: Fri, 13 Nov 2015 19:32:38 -0000
Message-ID: <20151113193238.4583.84610@localhost>

Hallo Concerned Citizen,

--0380295C09C.1447443160/fragdenstaat.de--
""",
    [rcpt('nonexistant@example.org', 'invalid', 'userunknown', '5.0.0', '553',
          '553 Invalid recipient nonexistant@example.org (Mode: normal)',
          URL)], 'bounce'))

REPO, PATH = 'okfde/froide', 'froide/bounce/testdata/bounce_002.txt'
URL = source(REPO, PATH)
N.append(('exchange-de', REPO, PATH, """Return-Path: <MAILER-DAEMON>
X-Original-To: bounce+MARKER@fragdenstaat.de
Delivered-To: bounce+MARKER@fragdenstaat.de
Received: from unknown ([153.96.81.132]) by mx-relay22-hz1.antispameurope.com;
 Wed, 31 Oct 2018 11:21:41 +0100
MIME-Version: 1.0
From: <postmaster@izfp.example.de>
To:
	<bounce+MARKER@fragdenstaat.de>
Date: Wed, 31 Oct 2018 11:21:24 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="699eab8c-5685-4567-9ab0-601480245bef"
Content-Language: de-DE
Message-ID: <8776ae10-c321-4ec9-8606-e70a357126da@izfp.example.de>
In-Reply-To: <20181031102125.27798.77752@mail.fragdenstaat.de>
References: <20181031102125.27798.77752@mail.fragdenstaat.de>
Subject: =?iso-8859-1?Q?Unzustellbar:_Sollen_wir_deinen_Account_l=F6schen=3F?=
X-cloud-security-sender:mailer-daemon
X-cloud-security-recipient:bounce+MARKER@fragdenstaat.de
X-cloud-security-Virusscan:CLEAN

--699eab8c-5685-4567-9ab0-601480245bef
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="a61dd71c-96cb-4dc6-96fe-a644bb794a7f"

--a61dd71c-96cb-4dc6-96fe-a644bb794a7f
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Fehler bei der Nachrichtenzustellung an folgende Empf=E4nger oder Gruppen:

mmeier@izfp.example.de<mailto:mmeier@izfp.example.de>
Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. =DCberpr=FCfen=
 Sie die E-Mail-Adresse des Empf=E4ngers, und versuchen Sie, die Nachricht =
erneut zu senden. Wenden Sie sich an den Helpdesk, falls das Problem weiter=
hin besteht.







Diagnoseinformationen f=FCr Administratoren:

Generierender Server: izfp.example.de

mmeier@izfp.example.de
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Urspr=FCngliche Nachrichtenk=F6pfe:

Received: from hsmx05.antispameurope.com (83.246.65.101) by
 THESEUS-II.izfp.example.de (10.25.99.48) with Microsoft SMTP Server (TLS) id
 14.3.361.1; Wed, 31 Oct 2018 11:21:23 +0100
Content-Type: text/plain; charset=3D"utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 8bit
Subject: =3D?utf-8?q?Sollen_wir_deinen_Account_l=3DC3=3DB6schen=3D3F?=3D
From: FragDenStaat.de <info@fragdenstaat.de>
To: <mmeier@izfp.example.de>
Date: Wed, 31 Oct 2018 10:21:25 +0000
Message-ID: <20181031102125.27798.77752@mail.fragdenstaat.de>


--a61dd71c-96cb-4dc6-96fe-a644bb794a7f--

--699eab8c-5685-4567-9ab0-601480245bef
Content-Type: message/delivery-status

Reporting-MTA: dns;izfp.example.de
Received-From-MTA: dns;hsmx05.antispameurope.com
Arrival-Date: Wed, 31 Oct 2018 10:21:23 +0000

Final-Recipient: rfc822;mmeier@izfp.example.de
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found


--699eab8c-5685-4567-9ab0-601480245bef
Content-Type: message/rfc822

Received: from hsmx05.antispameurope.com (83.246.65.101) by
 THESEUS-II.izfp.example.de (10.25.99.48) with Microsoft SMTP Server (TLS) id
 14.3.361.1; Wed, 31 Oct 2018 11:21:23 +0100
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: quoted-printable
Subject: =?utf-8?q?Sollen_wir_deinen_Account_l=C3=B6schen=3F?=
From: FragDenStaat.de <info@fragdenstaat.de>
To: <mmeier@izfp.example.de>
Date: Wed, 31 Oct 2018 10:21:25 +0000
Message-ID: <20181031102125.27798.77752@mail.fragdenstaat.de>
Return-Path: bounce+MARKER@fragdenstaat.de

Liebe*r ,

--699eab8c-5685-4567-9ab0-601480245bef--
""",
    [rcpt('mmeier@izfp.example.de', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
          URL)], 'bounce'))

REPO, PATH = 'okfde/froide', 'froide/bounce/testdata/bounce_003.txt'
URL = source(REPO, PATH)
N.append(('tonline-quota', REPO, PATH, """Return-Path: <MAILER-DAEMON>
X-Original-To: bounce+nerjzna=+john.doe=t-online.de.example.com@fragdenstaat.de
Delivered-To: bounce+nerjzna=+john.doe=t-online.de.example.com@fragdenstaat.de
Received: from mailin41.aul.t-online.de.example.com (mailin41.aul.t-online.de.example.com [10.223.144.81])
	by mailout05.t-online.de.example.com (Postfix) with SMTP id 518E2699
	for <bounce+nerjzna=+john.doe=t-online.de.example.com@fragdenstaat.de>; Sun, 23 Nov 2025 06:33:46 +0100 (CET)
X-Failed-Recipients: john.doe@t-online.de.example.com
From: Mail Delivery System <Mailer-Daemon@t-online.de.example.com>
To: bounce+nerjzna=+john.doe=t-online.de.example.com@fragdenstaat.de
Subject: Mail delivery failed: returning message to sender
Message-Id: <1vN2jJ-00Azyo0@mailin41.aul.t-online.de.example.com>
Date: Sun, 23 Nov 2025 06:33:45 +0100
X-TOI-MSGID: 9ff3c8ae-33b3-42ad-9abb-fccc667379c4

|------------------------- Failed addresses follow: ---------------------|
 <john.doe@t-online.de.example.com>
   552 5.2.2 <john.doe@t-online.de.example.com> Quota exceeded (mailbox for user is full)

|------------------------- Message header follows: ----------------------|
Received: from mail.fragdenstaat.de ([94.130.55.89]) by mailin41.mgt.mul.t-online.de.example.com
	with (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)
	esmtp id 1vN2jE-16Hcyf0; Sun, 23 Nov 2025 06:33:40 +0100
Content-Type: multipart/alternative;
 boundary="===============3029374993844787359=="
MIME-Version: 1.0
Subject: Wie wir Deutschlands Steueroasen aufdeckten
From: "Investigativ-Team FragDenStaat" <info@fragdenstaat.de>
To: "John Doe" <john.doe@t-online.de.example.com>
Date: Sun, 23 Nov 2025 05:33:40 -0000
Message-ID: <176387602024.4166511.7345771693061816921@mail.fragdenstaat.de>
X-Auto-Response-Suppress: All
List-Unsubscribe: 
 <mailto:unsub+nerjzna=+john.doe=t-online.de.example.com@fragdenstaat.de>

|----------- Message text follows: (body too large, truncated) ----------|
--===============3029374993844787359==
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 8bit

""",
    [rcpt('john.doe@t-online.de.example.com', 'full', 'mailboxfull', '5.2.2', '552',
          '552 5.2.2 <john.doe@t-online.de.example.com> Quota exceeded (mailbox for user is full)',
          URL)], 'bounce'))

REPO, PATH = 'python/cpython', 'Lib/test/test_email/data/msg_16.txt'
URL = source(REPO, PATH)
N.append(('sims-quota', REPO, PATH, """Return-Path: <>
Delivered-To: scr-admin@socal-raves.org
Received: from sims-ms-daemon by cougar.noc.ucla.edu
 (Sun Internet Mail Server sims.3.5.2000.03.23.18.03.p10)
 id <0GK500B01D0B8Y@cougar.noc.ucla.edu> for scr-admin@socal-raves.org; Sun,
 23 Sep 2001 20:14:35 -0700 (PDT)
Date: Sun, 23 Sep 2001 20:14:35 -0700 (PDT)
From: Internet Mail Delivery <postmaster@ucla.edu>
Subject: Delivery Notification: Delivery has failed
To: scr-admin@socal-raves.org
Message-id: <0GK500B04D0B8X@cougar.noc.ucla.edu>
MIME-version: 1.0
Sender: scr-owner@socal-raves.org
Errors-To: scr-owner@socal-raves.org
X-BeenThere: scr@socal-raves.org
X-Mailman-Version: 2.1a3
Precedence: bulk
List-Id: SoCal-Raves <scr.socal-raves.org>
Content-Type: multipart/report; boundary="Boundary_(ID_PGS2F2a+z+/jL7hupKgRhA)"


--Boundary_(ID_PGS2F2a+z+/jL7hupKgRhA)
Content-Type: text/plain; charset=ISO-8859-1

This report relates to a message you sent with the following header fields:

  Message-id: <002001c144a6$8752e060$56104586@example.edu>
  Date: Sun, 23 Sep 2001 20:10:55 -0700
  From: "Ian T." <ian@example.edu>
  To: SoCal Raves <scr@socal-raves.org>
  Subject: [scr] yeah for Ians!!

Your message cannot be delivered to the following recipients:

  Recipient address: jangel1@cougar.noc.ucla.edu
  Reason: recipient reached disk quota


--Boundary_(ID_PGS2F2a+z+/jL7hupKgRhA)
Content-Type: message/DELIVERY-STATUS

Original-envelope-id: 0GK500B4HD0888@cougar.noc.ucla.edu
Reporting-MTA: dns; cougar.noc.ucla.edu

Action: failed
Status: 5.0.0 (recipient reached disk quota)
Original-recipient: rfc822;jangel1@cougar.noc.ucla.edu
Final-recipient: rfc822;jangel1@cougar.noc.ucla.edu

--Boundary_(ID_PGS2F2a+z+/jL7hupKgRhA)
Content-Type: MESSAGE/RFC822

Return-path: scr-admin@socal-raves.org
Received: from sims-ms-daemon by cougar.noc.ucla.edu
 (Sun Internet Mail Server sims.3.5.2000.03.23.18.03.p10)
 id <0GK500B01D0B8X@cougar.noc.ucla.edu>; Sun, 23 Sep 2001 20:14:35 -0700 (PDT)
Date: Sun, 23 Sep 2001 20:10:55 -0700
From: "Ian T." <ian@example.edu>
Subject: [scr] yeah for Ians!!
Sender: scr-admin@socal-raves.org
To: SoCal Raves <scr@socal-raves.org>
Errors-to: scr-admin@socal-raves.org
Message-id: <002001c144a6$8752e060$56104586@example.edu>
MIME-version: 1.0
Content-Type: text/plain; charset=us-ascii
Precedence: bulk

I always love to find more Ian's that are over 3 years old!!

--Boundary_(ID_PGS2F2a+z+/jL7hupKgRhA)--

""",
    [rcpt('jangel1@cougar.noc.ucla.edu', 'full', 'mailboxfull', '5.0.0', '',
          'recipient reached disk quota',
          URL)], 'bounce'))

REPO, PATH = 'KumoCorp/kumomta', 'crates/kumo-log-types/data/rfc3464/1.eml'
URL = source(REPO, PATH)
N.append(('sendmail-expired', REPO, PATH, """Date: Thu, 7 Jul 1994 17:16:05 -0400
From: Mail Delivery Subsystem <MAILER-DAEMON@CS.UTK.EDU>
Message-Id: <199407072116.RAA14128@CS.UTK.EDU>
Subject: Returned mail: Cannot send message for 5 days
To: <owner-info-mime@cs.utk.edu>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
      boundary="RAA14128.773615765/CS.UTK.EDU"

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

--RAA14128.773615765/CS.UTK.EDU--
""",
    [rcpt('louisl@larry.slip.umd.edu', 'retry-later', 'expired', '4.0.0', '426',
          '426 connection timed out',
          URL)], 'bounce'))

REPO, PATH = 'KumoCorp/kumomta', 'crates/kumo-log-types/data/rfc3464/2.eml'
URL = source(REPO, PATH)
N.append(('sendmail-multi', REPO, PATH, """Date: Fri, 8 Jul 1994 09:21:47 -0400
From: Mail Delivery Subsystem <MAILER-DAEMON@CS.UTK.EDU>
Subject: Returned mail: User unknown
To: <owner-ups-mib@CS.UTK.EDU>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
      boundary="JAA13167.773673707/CS.UTK.EDU"

--JAA13167.773673707/CS.UTK.EDU
content-type: text/plain; charset=us-ascii

      ----- The following addresses had delivery problems -----
<arathib@vnet.ibm.com> (unrecoverable error)
<wsnell@sdcc13.ucsd.edu> (unrecoverable error)

--JAA13167.773673707/CS.UTK.EDU
content-type: message/delivery-status

Reporting-MTA: dns; cs.utk.edu

Original-Recipient: rfc822;arathib@vnet.ibm.com
Final-Recipient: rfc822;arathib@vnet.ibm.com
Action: failed
Status: 5.0.0 (permanent failure)
Diagnostic-Code: smtp;  550 'arathib@vnet.IBM.COM' is not a
  registered gateway user
Remote-MTA: dns; vnet.ibm.com

Original-Recipient: rfc822;johnh@hpnjld.njd.hp.com
Final-Recipient: rfc822;johnh@hpnjld.njd.hp.com
Action: delayed
Status: 4.0.0 (hpnjld.njd.jp.com: host name lookup failure)

Original-Recipient: rfc822;wsnell@sdcc13.ucsd.edu
Final-Recipient: rfc822;wsnell@sdcc13.ucsd.edu
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 user unknown
Remote-MTA: dns; sdcc13.ucsd.edu

--JAA13167.773673707/CS.UTK.EDU
content-type: message/rfc822

[original message goes here]

--JAA13167.773673707/CS.UTK.EDU--
""",
    [rcpt('arathib@vnet.ibm.com', 'invalid', 'userunknown', '5.0.0', '550',
          "550 'arathib@vnet.IBM.COM' is not a registered gateway user",
          URL),
     rcpt('wsnell@sdcc13.ucsd.edu', 'invalid', 'userunknown', '5.0.0', '550',
          '550 user unknown',
          URL)], 'bounce'))

REPO, PATH = 'KumoCorp/kumomta', 'crates/kumo-log-types/data/rfc3464/5.eml'
URL = source(REPO, PATH)
N.append(('postfix-bbox-fr', REPO, PATH, """Received: by mx-by.bbox.fr (Postfix)
	id EA6A213B; Wed, 29 Jan 2025 17:36:57 +0100 (CET)
Date: Wed, 29 Jan 2025 17:36:57 +0100 (CET)
From: MAILER-DAEMON@bbox.fr (Mail Delivery System)
Subject: Mail revenu en erreur / Undelivered Mail Returned to Sender
To: user@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="897DAC0.1738168617/mx-by.bbox.fr"
Content-Transfer-Encoding: 8bit
Message-Id: <20250129163657.EA6A213B@mx-by.bbox.fr>

This is a MIME-encapsulated message.

--897DAC0.1738168617/mx-by.bbox.fr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx-by.bbox.fr.

Le message suivant n'a pu etre envoye a un ou plusieurs des
destinataires pour la raison indiquee ci-dessous.

Vous trouverez egalement une liste des principaux messages
d'erreur.

                   -- Postmaster

  __//__

I'm sorry to have to inform you that the message returned
below could not be delivered to one or more destinations.

                   --  Postmaster


----- Aide / Help ------------------------------------------
Messages d'erreur courants / Common error messages

unknown user         Mauvaise adresse, utilisateur inconnu.
                     Bad adress, the recipient doesn't exist.
host not found       Le domaine de l'adresse n'existe pas.
                     The domain part of the address doesn't exist.
disc quota exceeded  La boite de votre correspondant est pleine.
                     The recipient's mailbox is full.
message size ...     Message trop gros pour ce destinataire.

----- Message d'erreur / Failure reason --------------------


<recipient@domain.com>: host lmtp.cs.dolmen.bouyguestelecom.fr[172.24.211.10]
    said: 552 <recipient@domain.com> rejected: over quota (in reply to RCPT TO
    command)

--897DAC0.1738168617/mx-by.bbox.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-by.bbox.fr
X-Postfix-Queue-ID: 897DAC0
X-Postfix-Sender: rfc822; user@example.com
Arrival-Date: Wed, 29 Jan 2025 17:36:51 +0100 (CET)

Final-Recipient: rfc822; recipient@domain.com
Original-Recipient: rfc822;recipient@domain.com
Action: failed
Status: 5.0.0
Remote-MTA: dns; lmtp.cs.dolmen.bouyguestelecom.fr
Diagnostic-Code: smtp; 552 <recipient@domain.com> rejected: over quota

--897DAC0.1738168617/mx-by.bbox.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

[original message goes here]

--897DAC0.1738168617/mx-by.bbox.fr--
""",
    [rcpt('recipient@domain.com', 'full', 'mailboxfull', '5.0.0', '552',
          '552 <recipient@domain.com> rejected: over quota',
          URL)], 'bounce'))

REPO, PATH = 'KumoCorp/kumomta', 'crates/kumo-log-types/data/rfc3464/6.eml'
URL = source(REPO, PATH)
N.append(('exo-dbeb', REPO, PATH, """Subject: Undeliverable mail: [Bulk Mail] the subject
From: "Mail Delivery Subsystem" <MAILER-DAEMON@example.com>
To: <bounce+2d998f.371096-redacted=redacted.com@example.com>
Date: Fri, 13 Mar 2026 14:10:48 -0400
X-MAPI-Message-Class: REPORT.IPM.Note.NDR
MIME-Version: 1.0
Content-Type: multipart/report;boundary="_===828463430====tls02.example.com===_"; report-type="delivery-status"


--_===828463430====tls02.example.com===_
Content-Type: text/plain; charset="utf-8"

Failed to deliver to 'redacted@example.com'
SMTP module(domain example-com.mail.eo.outlook.com:25) reports:
 host example-com.mail.eo.outlook.com:25 says:
 550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [XXX.namprd05.prod.outlook.com 2026-03-13T18:10:42.797Z XXX]


--_===828463430====tls02.example.com===_
Content-Type: message/delivery-status

Reporting-MTA: dns; tls02.example.com

Original-Recipient: rfc822;<redacted@example.com>
Final-Recipient: rfc822;<redacted@example.com>
Action: failed
Status: 5.0.0
Remote-MTA: dns; example-com.mail.eo.outlook.com:25
Diagnostic-Code: smtp;host example-com.mail.eo.outlook.com:25 says:
 550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [XXX.namprd05.prod.outlook.com 2026-03-13T18:10:42.797Z XXX]

--_===828463430====tls02.example.com===_
Content-Type: text/rfc822-headers

Subject: [Bulk Mail] the subject
From: INFO <info@email.example.com>
To: redacted@example.com

--_===828463430====tls02.example.com===_--
""",
    [rcpt('redacted@example.com', 'invalid', 'userunknown', '5.0.0', '550',
          '550 5.4.1 Recipient address rejected: Access denied.',
          URL)], 'bounce'))

REPO, PATH = 'KumoCorp/kumomta', 'crates/kumo-log-types/data/rfc3464/obsolete_arrival_date.eml'
URL = source(REPO, PATH)
N.append(('ses-511', REPO, PATH, """From: mailer-daemon@mx.example.com
To: bounce@example.com
Message-ID: <0100019f242fc810-60940dcf-462f-4e71-988f-2343410adfa5-000000@example.com>
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report;
	boundary="----=_Part_693010_1985408142.1783018539024";
	report-type=delivery-status

------=_Part_693010_1985408142.1783018539024
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Content-Description: Notification

Mailbox does not exist
------=_Part_693010_1985408142.1783018539024
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit
Content-Description: Delivery Status Notification

Reporting-MTA: dns; mx.example.com
Arrival-Date: Thu, 02 Jul 26 18:55:38 UTC

Action: failed
Final-Recipient: rfc822; user@example.com
Original-Recipient: rfc822; user@example.com
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist
Status: 5.1.1


------=_Part_693010_1985408142.1783018539024--
""",
    [rcpt('user@example.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 Mailbox does not exist',
          URL)], 'bounce'))

REPO, PATH = 'KumoCorp/kumomta', 'crates/kumo-log-types/data/rfc5965/3.eml'
URL = source(REPO, PATH)
N.append(('arf-yahoo', REPO, PATH, """Date: Thu, 14 Dec 2023 17:16:15 +0100
Subject: FW:test Thu, 14 Dec 2023 16:16:14 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; 
	boundary="----=_Part_5903806_123377560.1477885569558"

------=_Part_5903806_123377560.1477885569558
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

This is an email abuse report for an email message from bounce.kumo.example.com on Thu, 14 Dec 2023 17:16:15 +0100

------=_Part_5903806_123377560.1477885569558
Content-Type: message/feedback-report
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 0.1
Original-Mail-From: <test1@example.com>
Original-Rcpt-To: user@example.com
Received-Date: Thu, 14 Dec 2023 17:16:15 +0100
Reported-Domain: bounce.kumo.example.com

------=_Part_5903806_123377560.1477885569558
Content-Type: message/rfc822
Content-Disposition: inline

Date: Thu, 14 Dec 2023 16:16:14 +0000
To: user@example.com
Subject: test Thu, 14 Dec 2023 16:16:14 +0000

This is a test mailing

------=_Part_5903806_123377560.1477885569558--
""",
    [rcpt('user@example.com', 'complaint', 'feedback', '', '',
          '',
          URL)], 'feedback'))

REPO, PATH = 'zammad/zammad', 'test/data/mail/mail033-undelivered-mail-returned-to-sender-notification.box'
URL = source(REPO, PATH)
N.append(('postfix-zammad', REPO, PATH, """Return-Path: <MAILER-DAEMON>
Delivered-To: edenhofer@zammad.example
Received: by mx1.zammad.com (Postfix)
	id 9246B20C3E96; Sun, 30 Aug 2015 16:56:06 +0200 (CEST)
Date: Sun, 30 Aug 2015 16:56:06 +0200 (CEST)
From: MAILER-DAEMON@mx1.zammad.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: edenhofer@zammad.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="EF1A820C3E97.1440946566/mx1.zammad.com"
Message-Id: <20150830145606.9246B20C3E96@mx1.zammad.com>

This is a MIME-encapsulated message.

--EF1A820C3E97.1440946566/mx1.zammad.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.zammad.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<not_existing@znuny.com>: host arber.znuny.com[88.198.51.81] said: 550 5.1.1
    <not_existing@znuny.com>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)

--EF1A820C3E97.1440946566/mx1.zammad.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.zammad.com
X-Postfix-Queue-ID: EF1A820C3E97
X-Postfix-Sender: rfc822; edenhofer@zammad.example
Arrival-Date: Sun, 30 Aug 2015 16:56:02 +0200 (CEST)

Final-Recipient: rfc822; not_existing@znuny.com
Original-Recipient: rfc822;not_existing@znuny.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; arber.znuny.com
Diagnostic-Code: smtp; 550 5.1.1 <not_existing@znuny.com>: Recipient address
    rejected: User unknown

--EF1A820C3E97.1440946566/mx1.zammad.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <edenhofer@zammad.example>
Received: from appnode2.dc.zammad.com (appnode2.dc.zammad.com [144.1.1.1])
	by mx1.zammad.com (Postfix) with ESMTP id 4B9BB20C3E96
	for <not_existing@znuny.com>; Sun, 30 Aug 2015 16:56:02 +0200 (CEST)
Date: Sun, 30 Aug 2015 16:56:07 +0200
From: Martin Edenhofer via Zammad Helpdesk <edenhofer@zammad.example>
To: Martin Edenhofer <not_existing@znuny.com>
Message-ID: <notification.20150830145600.1.4.5f4fd063-f69b-4e64-a92d-5e7128bd6682@127.0.0.1:3000>
Subject: test [Ticket#10010]
Mime-Version: 1.0
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zammad Mail Service (1.x)

Hello,

is somebody there?

--EF1A820C3E97.1440946566/mx1.zammad.com--
""",
    [rcpt('not_existing@znuny.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 <not_existing@znuny.com>: Recipient address rejected: User unknown',
          URL)], 'bounce'))

REPO, PATH = 'bestpractical/rt', 't/data/emails/new-ticket-from-gb18030'
URL = source(REPO, PATH)
N.append(('plain-gb18030', REPO, PATH, """Content-Type: text/plain; charset="gb18030"
Content-Disposition: inline
Content-Transfer-Encoding: base64
MIME-Version: 1.0
X-Mailer: MIME-tools 5.505 (Entity 5.505)
From: root@localhost
Subject: =?gb18030?B?suLK1A===?=

suLK1A==

""",
    [], 'notbounce'))

REPO, PATH = 'bestpractical/rt', 't/data/emails/text-html-with-umlaut'
URL = source(REPO, PATH)
N.append(('plain-html-latin1', REPO, PATH, """Return-Path: <gst@example.com>
Delivered-To: j@pallas.eruditorum.org
Received: from vis.example.com (vis.example.com [212.68.68.251])
	by pallas.eruditorum.org (Postfix) with SMTP id 59236111C3
	for <jesse@example.com>; Thu, 12 Jun 2003 02:14:44 -0400 (EDT)
Received: (qmail 29541 invoked by uid 502); 12 Jun 2003 06:14:42 -0000
Received: from sivd.example.com (HELO example.com) (192.168.42.1)
  by 192.168.42.42 with SMTP; 12 Jun 2003 06:14:42 -0000
Received: received from 172.20.72.174 by odie.example.com; Thu, 12 Jun 2003 08:14:27 +0200
Received: by mailserver.example.com with Internet Mail Service (5.5.2653.19) id <LJSB7T54>; Thu, 12 Jun 2003 08:14:39 +0200
Message-ID: <50362EC956CBD411A339009027F6257E013DD495@mailserver.example.com>
Date: Thu, 12 Jun 2003 08:14:39 +0200
From: "Mayer, Georg" <gst@example.com>
MIME-Version: 1.0
X-Mailer: Internet Mail Service (5.5.2653.19)
To: "'jesse@example.com'" <jesse@example.com>
Subject: An example of mail containing text-html with an umlaut in the content
Date: Thu, 12 Jun 2003 08:14:39 +0200
Content-Type: text/html;
	charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD>
<META HTTP-EQUIV=3D"Content-Type" CONTENT=3D"text/html; charset=3Diso-8859-=
1">


<META content=3D"MSHTML 6.00.2800.1170" name=3DGENERATOR></HEAD>
<BODY>
<DIV><FONT face=3DArial><FONT size=3D2>Hello,<BR><BR>ist this kind of Messa=
ges, that=20
causes rt to crash.<BR><BR>Mit freundlichen Gr=FC=DFen<BR>Georg=20
Mayer&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ^^causes Error<SPAN=20
class=3D975501206-12062003>!!</SPAN></FONT></FONT></DIV></BODY></HTML>
""",
    [], 'notbounce'))

REPO, PATH = 'chatwoot/chatwoot', 'spec/fixtures/files/bounced_gmail.eml'
URL = source(REPO, PATH)
N.append(('gmail-empty-dsn', REPO, PATH, """Delivered-To: robert.smith@gmail.com
Return-Path: <>
Subject: Delivery Status Notification (Failure)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: robert.smith@gmail.com
Content-Type: multipart/report; boundary="00000000000093475906390e1e9b"; report-type=delivery-status
Auto-Submitted: auto-replied
Message-ID: <686707c9.050a0220.302e7d.0cb2.GMR@mx.google.com>
Date: Thu, 03 Jul 2025 15:44:25 -0700 (PDT)
X-Failed-Recipients: alex.jones@fictionalcorp.com

--00000000000093475906390e1e9b
Content-Type: multipart/related; boundary="000000000000936d8406390e1ec7"

--000000000000936d8406390e1ec7
Content-Type: multipart/alternative; boundary="000000000000936d9006390e1ec8"

--000000000000936d9006390e1ec8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Address not found **

Your message wasn't delivered to alex.jones@fictionalcorp.com because the address co=
uldn't be found or is unable to receive email.

Learn more here: https://support.google.com/mail/?p=3DNoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please =
try double-checking the recipient's email address for typos or unnecessary =
spaces. For more information, go to https://support.google.com/mail/?p=3DNo=
SuchUser d2e1a72fcca58-74ce2b0525csor332154b3a.0 - gsmtp

--000000000000936d9006390e1ec8--
--000000000000936d8406390e1ec7
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

--000000000000936d8406390e1ec7--
--00000000000093475906390e1e9b
Content-Type: message/delivery-status

--00000000000093475906390e1e9b
Content-Type: message/rfc822

Date: Thu, 03 Jul 2025 15:44:23 -0700
From: Robert Smith <robert.smith@gmail.com>
Reply-To: robert.smith@gmail.com
To: alex.jones@fictionalcorp.com
Message-ID: <conversation/93775311-9416-4428-964b-862001f8a8b2/messages/27855337@gmail.com>
In-Reply-To: <account/1/conversation/93775311-9416-4428-964b-862001f8a8b2@gmail.com>
Subject: Just checking in
Mime-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<p>Hey, just checking in. Let me know if you got my earlier message.</p>

--00000000000093475906390e1e9b--
""",
    [rcpt('alex.jones@fictionalcorp.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550 5.1.1 The email account that you tried to reach does not exist.',
          URL)], 'bounce'))

REPO, PATH = 'chatwoot/chatwoot', 'spec/fixtures/files/bounced_with_no_from.eml'
URL = source(REPO, PATH)
N.append(('postfix-nofrom', REPO, PATH, """X-Original-To: unique-id@reply.example.com
Received: from gate.forward.smtp.example.com (mxd [192.0.2.1]) by mx.example.net with ESMTP id JANE3UihQWCm3SPLwYMiwA for <unique-id@reply.example.com>; Mon, 01 Jan 2024 08:27:12.905 +0000 (UTC)
Return-Path: <>
X-Virus-Scanned: OK
X-Sieve: Pigeonhole Sieve 0.5.12 (f22f7ab3)
X-Sieve-Redirected-From: support@example.com
Delivered-To: support@example.com
Received: by smtp5.relay.example.com (SMTP Server)
    id 8D329A008A; Mon,  1 Jan 2024 03:27:12 -0500 (EST)
Date: Mon,  1 Jan 2024 03:27:12 -0500 (EST)
From: "" (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="AE732A0081.1704097632/smtp5.relay.example.com"
Message-Id: <20240101082712.8D329A008A@smtp5.relay.example.com>

This is a MIME-encapsulated message.

--AE732A0081.1704097632/smtp5.relay.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp5.relay.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<noreply@example-service.com>: host
    mx.example-service.com.cust.a.hostedemail.com[198.51.100.4] said: 554 5.7.1
    <noreply@example-service.com>: Recipient address rejected: user
    noreply@example-service.com does not exist (in reply to RCPT TO command)

--AE732A0081.1704097632/smtp5.relay.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp5.relay.example.com
X-SMTP-Server-Queue-ID: AE732A0081
X-SMTP-Server-Sender: rfc822; support@example.com
Arrival-Date: Mon,  1 Jan 2024 03:27:11 -0500 (EST)

Final-Recipient: rfc822; noreply@example-service.com
Original-Recipient: rfc822;noreply@example-service.com
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.example-service.com.cust.a.hostedemail.com
Diagnostic-Code: smtp; 554 5.7.1 <noreply@example-service.com>: Recipient
    address rejected: user noreply@example-service.com does not exist

--AE732A0081.1704097632/smtp5.relay.example.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <support@example.com>
X-Milter-Dummy:
DKIM-Signature: v=1; a=rsa-sha256; c
""",
    [rcpt('noreply@example-service.com', 'invalid', 'userunknown', '5.7.1', '554',
          '554 5.7.1 <noreply@example-service.com>: Recipient address rejected: user noreply@example-service.com does not exist',
          URL)], 'bounce'))

REPO, PATH = 'chatwoot/chatwoot', 'spec/fixtures/files/auto_reply.eml'
URL = source(REPO, PATH)
N.append(('xautoreply', REPO, PATH, """From: Alex Roy <alex@chatwoot.com>
Mime-Version: 1.0 (Apple Message framework v1244.3)
Content-Type: multipart/alternative; boundary="Apple-Mail=_33A037C7-4BB3-4772-AE52-FCF2D7535F74"
Subject: Discussion: Let's debate these attachments
Date: Tue, 20 Apr 2020 04:20:20 -0400
In-Reply-To: <4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>
To: "Replies" <replies@example.com>
References: <4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>
Message-Id: <0CB459E0-0336-41DA-BC88-E6E28C697DDB@chatwoot.com>
X-Mailer: Apple Mail (2.1244.3)
X-Autoreply: yes

--Apple-Mail=_33A037C7-4BB3-4772-AE52-FCF2D7535F74
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain;
  charset=utf-8

Let's talk about these images:


--Apple-Mail=_33A037C7-4BB3-4772-AE52-FCF2D7535F74--
""",
    [], 'autoreply'))

REPO, PATH = 'chatwoot/chatwoot', 'spec/fixtures/files/auto_reply_with_auto_submitted.eml'
URL = source(REPO, PATH)
N.append(('autogenerated', REPO, PATH, """From: Alex Roy <alex@chatwoot.com>
Mime-Version: 1.0 (Apple Message framework v1244.3)
Content-Type: multipart/alternative; boundary="Apple-Mail=_33A037C7-4BB3-4772-AE52-FCF2D7535F74"
Subject: Discussion: Let's debate these attachments
Date: Tue, 20 Apr 2020 04:20:20 -0400
In-Reply-To: <4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>
To: "Replies" <replies@example.com>
References: <4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>
Message-Id: <0CB459E0-0336-41DA-BC88-E6E28C697DDB@chatwoot.com>
X-Mailer: Apple Mail (2.1244.3)
Auto-Submitted: auto-generated

--Apple-Mail=_33A037C7-4BB3-4772-AE52-FCF2D7535F74
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain;
  charset=utf-8

Let's talk about these images:


--Apple-Mail=_33A037C7-4BB3-4772-AE52-FCF2D7535F74--
""",
    [], 'notbounce'))

REPO, PATH = 'KumoCorp/kumomta', 'crates/kumo-log-types/data/rfc5965/4.eml'
URL = source(REPO, PATH)
N.append(('arf-comcast', REPO, PATH, """Date: Thu, 14 Dec 2023 17:16:15 +0100
Subject: FW:test Thu, 14 Dec 2023 16:16:14 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; 
	boundary="----=_Part_5903806_123377560.1477885569558"

------=_Part_5903806_123377560.1477885569558
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

This is an email abuse report for an email message from bounce.kumo.example.com on Thu, 14 Dec 2023 17:16:15 +0100

------=_Part_5903806_123377560.1477885569558
Content-Type: message/feedback-report
Content-Transfer-Encoding: 8bit
Content-Disposition: inline

User-Agent: ReturnPathFBL/2.0
Version: 1
Arrival-Date: Wed, 13 Dec 2023 19:03:30 +0000
Original-Rcpt-To: cb4a01a48251d4765f489076aa81e2a4@comcast.net
Source: Comcast
Abuse-Type: complaint
Feedback-Type: abuse
Original-Mail-From: foo@bounce.example.com
Reported-Domain: bounce.example.com
Source-Ip: x.x.x.x
Subscription-Link: https://fbl.returnpath.net/manage/subscriptions/xxxx

------=_Part_5903806_123377560.1477885569558
Content-Type: message/rfc822
Content-Disposition: inline

Date: Thu, 14 Dec 2023 16:16:14 +0000
To: user@example.com
Subject: test Thu, 14 Dec 2023 16:16:14 +0000

This is a test mailing

------=_Part_5903806_123377560.1477885569558--

""",
    [dict(rcpt('user@example.com', 'complaint', 'feedback', '', '',
          '',
          URL),
         alt=['cb4a01a48251d4765f489076aa81e2a4@comcast.net'])], 'feedback'))

REPO, PATH = 'stalwartlabs/mail-server', 'tests/resources/smtp/reports/dmarc1.eml'
URL = source(REPO, PATH)
N.append(('dmarc-aggregate', REPO, PATH, """Received: from mail.stalw.art ([mail.stalw.art])
	by 127.0.0.1 (Stalwart JMAP) with LMTP;
	Mon, 28 Nov 2022 10:51:56 +0000
Received: from mail-qv1-xf4a.google.com (mail-qv1-xf4a.google.com [IPv6:2607:f8b0:4864:20::f4a])
	(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mail.stalw.art (Postfix) with ESMTPS id 1145E7CC0B
	for <domains@stalw.art>; Mon, 28 Nov 2022 10:51:53 +0000 (UTC)
MIME-Version: 1.0
Date: Sun, 27 Nov 2022 15:59:59 -0800
Message-ID: <5264580628977113351@google.com>
Subject: Report domain: stalw.art Submitter: google.com Report-ID: 5264580628977113351
From: noreply-dmarc-support@google.com
To: domains@stalw.art
Content-Type: application/zip; 
	name="google.com!stalw.art!1669507200!1669593599.zip"
Content-Disposition: attachment; 
	filename="google.com!stalw.art!1669507200!1669593599.zip"
Content-Transfer-Encoding: base64

UEsDBAoAAAAIAHFUfFWAeOSU8QEAAKkEAAAuAAAAZ29vZ2xlLmNvbSFzdGFsdy5hcnQhMTY2OTUw
NzIwMCExNjY5NTkzNTk5LnhtbKVUwZKjIBC9z1ekck9Qk5hoMcye9gt2zxbB1lBBoACTmb9fHNCw
ma257El83f2632sUv70PYnUDY7mSr+t8m61XIJlquexf179//dyc1qs38oI7gPZM2ZW8rFbYgFbG
NQM42lJHJ8yjyvSNpAOQXqlewJapAaMFDDkwUC6IVJ5BfGzagRq2saOe6H6kZSEv1rw7QxumpKPM
NVx2ilyc07ZGKJZuH6WIIirtHQwq9mV5OGWe62t9II4yeEsORbn3uWVxqo7HPN/tDjlGj3BI91Kh
MVT2UYyHztBzSfKyrA7Zsch8s4DMcZBtiFa7Q1X5UeRMhv5mW7qlnmKtBGcfjR7PgtsLLIMo744k
1lFx31LjPFlAQpi2Vz4Qg1E4RNDq7hObngHSfg8SMNLx3c6AnRHNHMknVdPhc8p/TeR9ZMrMwxl1
X+RbNRoGDdekoFle77uqZlme1+f9jtW1t/iRMJcwNUrfFKNwmOHYF25UjN64dg5MbnCrleXOX+A4
f4okeZMZmlrrExZfovAuBhZzEq1PPf2mZoWYtyAd77j/fJayC9AWTNMZNaQbSuHI86Ua09FdGgN2
FO5B+DTs98uP93piiJLiS6IWBDCnDLmB4FdujaayKLz2GV8MSDvjxJr/niIx2t/IJ9FTcrhPGD3+
On8AUEsBAgoACgAAAAgAcVR8VYB45JTxAQAAqQQAAC4AAAAAAAAAAAAAAAAAAAAAAGdvb2dsZS5j
b20hc3RhbHcuYXJ0ITE2Njk1MDcyMDAhMTY2OTU5MzU5OS54bWxQSwUGAAAAAAEAAQBcAAAAPQIA
AAAA
""",
    [], 'notbounce'))

REPO, PATH = 'python/cpython', 'Lib/test/test_email/data/msg_35.txt'
URL = source(REPO, PATH)
N.append(('plain-no-body', REPO, PATH, """From: aperson@dom.ain
To: bperson@dom.ain
Subject: here's something interesting
counter to RFC 5322, there's no separating newline here
""",
    [], 'notbounce'))

REPO, PATH = 'netneutrality/savetheinternet.in', 'issues/166'
URL = source(REPO, PATH)
N.append(('ims-gmail', REPO, PATH, """From: Mail Delivery System <postmaster@mail.example.in>
To: sender@example.com
Subject: Delivery Notification: Delivery has failed
Date: Mon, 11 Jan 2016 10:00:00 +0530
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message cannot be delivered to the following recipients:

 Recipient address: mp.office2112@gmail.com
 Reason: Remote SMTP server has rejected address
 Diagnostic code: smtp;550-5.1.1 The email account that you tried to reach does not exist. Please try the recipient's email address for typos or spaces. Learn more at https://support.google.com/mail/answer/6596 t8si11697642ywb.299 - gs
 Remote system: dns;gmail-smtp-in.l.google.com (TCP|17.164.24.103|53619|74.125.138.27|25) (mx.google.com ESMTP t8si11697642ywb.299 - gsmtp)
""",
    [rcpt('mp.office2112@gmail.com', 'invalid', 'userunknown', '5.1.1', '550',
          '550-5.1.1 The email account that you tried to reach does not exist.',
          URL)], 'bounce'))

REPO, PATH = 'netneutrality/savetheinternet.in', 'issues/121'
URL = source(REPO, PATH)
N.append(('gmail-old', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Fri, 25 Dec 2015 10:00:00 +0530
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Delivery to the following recipient failed permanently:

     mp.office@sansad.example.in

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain sansad.example.in by mailgw.example.in. [192.0.2.19].

The error that the other server returned was:
550 #5.1.0 Address rejected.
""",
    [rcpt('mp.office@sansad.example.in', 'invalid', 'userunknown', '5.1.0', '550',
          '550 #5.1.0 Address rejected.',
          URL)], 'bounce'))

REPO, PATH = 'Gilwyad/mailnesia.com', 'issues/13'
URL = source(REPO, PATH)
N.append(('gmail-old', REPO, PATH, """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.com
Subject: Delivery Status Notification (Failure)
Date: Sun, 21 Aug 2016 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Delivery to the following recipient failed permanently:

     khitupamarosu271@mailnesia.com

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain mailnesia.com by mailnesia.com. [162.250.144.109].

The error that the other server returned was:
500 Internal Server Error
""",
    [rcpt('khitupamarosu271@mailnesia.com', 'retry-later', 'systemerror', '', '500',
          '500 Internal Server Error',
          URL, ok=('unknown',))], 'bounce'))

REPO, PATH = 'ministero-salute/it-fse-support', 'issues/2056'
URL = source(REPO, PATH)
N.append(('exchange-it', REPO, PATH, """From: <postmaster@example.it>
To: sender@example.com
Subject: Non recapitabile: Invio mail
Date: Fri, 1 Aug 2025 15:59:45 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Informazioni di diagnostica per gli amministratori:
Server di generazione: SIA-MBX04.domus.ad.example.it
fse-support@example.it
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
Intestazioni originali del messaggio:
Received: from SIA-MBX03.domus.ad.example.it (26.0.134.122) by
 SIA-MBX04.domus.ad.example.it (26.0.134.123) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) id
 15.1.2507.57; Fri, 1 Aug 2025 15:59:44 +0200
Received: from SIA-EDG02.example.it (217.175.51.180) by
 SIA-MBX03.domus.ad.example.it (26.0.134.122) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) id
 15.1.2507.57 via Frontend Transport; Fri, 1 Aug 2025 15:59:44 +0200
Received: from OSPPR02CU001.outbound.protection.outlook.com (40.93.81.79) by
 webmail.example.it (217.175.51.180) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.26; Fri, 1 Aug
 2025 15:59:42 +0200
""",
    [rcpt('fse-support@example.it', 'invalid', 'userunknown', '5.1.10', '550',
          '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
          URL)], 'bounce'))

REPO, PATH = 'bwya77/O365-Admin-Center', 'issues/12'
URL = source(REPO, PATH)
N.append(('o365-text', REPO, PATH, """From: Microsoft Outlook <postmaster@o365admin.center>
To: sender@example.com
Subject: Undeliverable: Support request
Date: Fri, 9 Nov 2018 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message to request@o365admin.center couldn't be delivered.

request wasn't found at o365admin.center.
sender 	Office 365 	request 
Action Required 		Recipient 
 	 	 	 	 
Unknown To address 		

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
•	Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon. In Outlook on the web, select this NDR, then select the link "To send this message again, click here." Then delete and retype the entire recipient address. If prompted with an Auto-Complete List suggestion don't select it. After typing the complete address, click Send.
•	Contact the recipient (by phone, for example) to check that the address exists and is correct.
•	The recipient may have set up email forwarding to an incorrect address. Ask them to check that any forwarding they've set up is working correctly.
•	Clear the recipient Auto-Complete List in Outlook or Outlook on the web by following the steps in this article: Fix email delivery issues for error code 5.1.10 in Office 365, and then send the message again. Retype the entire recipient address before selecting Send.
If the problem continues, forward this message to your email admin. If you're an email admin, refer to the More Info for Email Admins section below.
""",
    [rcpt('request@o365admin.center', 'invalid', 'userunknown', '', '',
          "request wasn't found at o365admin.center.",
          URL)], 'bounce'))

if __name__ == "__main__":
    write(sys.argv, __file__, "heldout-wild2", N)
