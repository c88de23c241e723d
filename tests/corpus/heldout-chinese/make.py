#!/usr/bin/env python3
"""Builds the held-out Chinese notices of tests/corpus/heldout-chinese.

usage: make.py [DIR]   (default: the directory of this script)

Writes maildir/<family>-NN.eml and truth.jsonl.  Nobody tunes the reader
on this set: its sources are disjoint from those of tests/corpus/chinese
(see README.md), and each truth was decided from the quoted text before
the reader was run on it.  Each notice is HTML or plain text, or a
multipart/report where its sender writes one, in the charset and
transfer encoding such a sender uses; its diagnostic is quoted from the
published source its truth line names.  Rerunning it rewrites the same
bytes.
"""
import base64
import os
import quopri
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                ".."))
from corpus_set import dsn_recipients, multipart, part, write_set  # noqa

SRC = {
    "mp127": "https://github.com/songquanpeng/message-pusher/issues/127 "
             "(an Aliyun enterprise mail notice pasted whole: 退信原因, "
             "解决方案, 远程响应)",
    "webcron": "https://github.com/lisijie/webcron/issues/14 (a notice "
               "pasted whole: 无法发送到, 系统应答, 退信原因, 解决建议)",
    "dbmail": "https://www.dbmailserver.com/tui-xin-address-not-exist.htm "
              "(thirty reply lines of dead addresses, U-Mail's among them)",
    "12306": "https://github.com/testerSunshine/12306/issues/135 "
             "(NetEase's notice: 抱歉，您的邮件被退回来了…… 出错原因)",
    "dtspm": "https://github.com/selfteaching/selfteaching-python-camp/"
             "issues/5556 and https://github.com/Zero-S1/JD_tools/issues/29 "
             "(NetEase's 554 DT:SPM: content taken for spam)",
    "winmail-gmail": "http://magicwinmail.com/docs/errormail/gmail.php "
                     "(Winmail's failure notice quoted whole, with "
                     "Gmail's replies and their meanings)",
    "qvsp": "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm (a host's "
            "list of qmail bounce texts and meanings)",
    "0733": "https://wz.0733.com.cn/web/news-56.html (bounce keywords: "
            "doesn't have this account, mail box space not enough)",
    "wxhl": "http://163ns.com.cn/mail/MailFAQ.htm (reply codes of the "
            "receiving system and their meanings: HL:IHU, HL:IPB, HL:MEP, "
            "HL:ICC)",
    "tw-retry": "https://wanglu.net/thread/t12-245059-0.html (a "
                "Taiwanese mail system's delivery results: FAIL and "
                "RETRY lines with Yahoo's replies)",
    "godaddy-zh": "https://sg.godaddy.com/zh/help/what-does-my-email-"
                  "bounce-mean-3568 and https://github.com/zone-eu/zone-mta/"
                  "pull/214 (550 5.4.1 Recipient address rejected: Access "
                  "denied)",
    "o365-ip": "https://github.com/motze92/office365-mail/issues/11 "
               "(550 5.7.708 traffic not accepted from this IP)",
    "o365-550": "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/"
                "issues/2836 (550 5.5.0 mailbox unavailable: the address "
                "is not used)",
    "o365-busy": "https://support.microsoft.com/cs-cz/topic/bc17bbe7-2c26-"
                 "3cec-dcd4-a2c552a83902 (554 4.3.2 mailbox busy: a folder "
                 "over its limit of items)",
    "ewomail": "https://github.com/gyxuehu/EwoMail/issues/13 (EwoMail, "
               "a Postfix-based Chinese mail server: its notice)",
    "139": "https://github.com/pppscn/SmsForwarder/issues/663 (139 "
           "Mail: 450 Mail rejected, please try again)",
    "163-local": "https://github.com/ruanyf/weather-action/issues/5 "
                 "(553 Local user only: NetEase refuses the sender)",
    "relay": "https://github.com/overtrue/laravel-mail-aliyun/issues/13 "
             "(550 5.7.1 Relaying denied)",
    "qq-vac": "QQ Mail's vacation reply as quoted in GitHub threads "
              "(https://github.com/astral-sh/ty, comment by Blinkion "
              "2025-12-26; a ROCm HIP issue, comment by wumuren-123 "
              "2025-03-11)",
    "alimail-ar": "https://github.com/YJLi-new/autoresponder-editor "
                  "data/auto-reply-templates.json (AliMail auto-reply "
                  "templates in Chinese)",
    "ack": "https://github.com/JeffLi1993/springboot-learning-example "
           "issue comments (auto-replies: 来信已收到，非常感谢)",
}

HEAD = ("Return-Path: <>\n"
        "Received: from mx.example.cn (mx.example.cn [192.0.2.1])\n"
        "\tby mail.exporter.example.com (Postfix) with ESMTPS;\n"
        "\tWed, 2 Dec 2026 10:%02d:00 +0800 (CST)\n"
        "From: %s\n"
        "To: sales@exporter.example.com\n"
        "Subject: %s\n"
        "Date: Wed, 2 Dec 2026 10:%02d:00 +0800\n"
        "Message-ID: <%s.%03d@%s>\n"
        "%s"
        "MIME-Version: 1.0\n")

ORIGINAL = ("From: Sales <sales@exporter.example.com>\n"
            "To: <{a}>\n"
            "Subject: {s}\n"
            "Date: Wed, 2 Dec 2026 09:30:00 +0800\n"
            "Message-ID: <quote.{n:03d}@exporter.example.com>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\n"
            "Content-Transfer-Encoding: base64\n\n" +
            base64.encodebytes("您好，附件是报价单，请查收。\n".encode())
            .decode().replace("{", "{{").replace("}", "}}"))


def codec(charset):
    return "gb18030" if charset in ("gb2312", "gbk") else charset


def word(text, charset):
    """An RFC 2047 encoded word of text in charset."""
    return "=?%s?B?%s?=" % (charset.upper(), base64.b64encode(
        text.encode(codec(charset))).decode())


def body(text, charset, cte):
    raw = text.encode(codec(charset))
    if cte == "base64":
        return base64.encodebytes(raw).decode()
    return quopri.encodestring(raw).decode()


def leaf(ctype, text, charset, cte):
    return part("%s; charset=\"%s\"" % (ctype, charset.upper()),
                body(text, charset, cte),
                "Content-Transfer-Encoding: %s\n" % cte)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Frames: each takes [(address, diagnostic, explanation)], the subject of
# the original and its number, and returns (content type, text).

def aliyun_html(rcpts, subj, n):
    """Aliyun enterprise mail's notice: a table per recipient with its
    reason, advice and the remote server's reply."""
    tabs = "".join(
        "<table border=\"0\" cellpadding=\"4\">\n<tr><td colspan=\"2\"><b>"
        "无法发送到 {a}</b></td></tr>\n<tr><td>退信原因</td><td>{e}</td>"
        "</tr>\n<tr><td>解决方案</td><td>1. 请检查输入的收件方地址是否有误"
        "；2. 请联系收件方确认其域名MX是否存在,指向是否正确；3. 请联系收件方"
        "确认其邮箱使用状态，是否存在过期、被禁用或冻结等情况。</td></tr>\n"
        "<tr><td>远程响应</td><td>{d}</td></tr>\n</table>\n".format(
            a=a, d=esc(d), e=e) for a, d, e in rcpts)
    return "text/html", (
        "<html>\n<body>\n<p>您发送的邮件被退回，相关信息如下：</p>\n<p>发件人"
        "：sales@exporter.example.com<br>主题：{s}<br>原文：邮件原文包含在附件"
        "中。</p>\n{t}</body>\n</html>\n").format(s=esc(subj), t=tabs)


def aliyun_text(rcpts, subj, n):
    """The same notice in its plain text part."""
    blocks = "".join(
        "无法发送到{a}\n    系统应答：{d}\n    退信原因：{e}\n    解决建议："
        "1.请联系收件方确认是否设置相关的拒收策略,或添加了黑名单等设置；2. 请"
        "稍后重新尝试发送。\n\n".format(a=a, d=d, e=e) for a, d, e in rcpts)
    return "text/plain", (
        "您发送的邮件被退回，相关信息如下：\n    发件人：sales@exporter."
        "example.com\n    主题：%s\n    原文：邮件原文包含在附件中。\n    "
        "时间：Wed, 2 Dec 2026 09:30:00 +0800\n\n%s") % (subj, blocks)


def netease_sorry(rcpts, subj, n):
    """NetEase's notice that names its own reason (出错原因)."""
    paras = "".join(
        "<p>收件人：{a}</p>\n<p>出错原因：{e}</p>\n".format(a=a, e=e)
        for a, d, e in rcpts)
    return "text/html", (
        "<html><head><meta charset=\"gbk\"></head><body>\n<p><b>抱歉，您的"
        "邮件被退回来了……</b></p>\n<p>原邮件信息：</p>\n<p>时　间：2026-12-02"
        " 09:30:00<br>主　题：%s</p>\n%s<p>解决办法：请修改邮件主题或内容后"
        "重新发送。</p>\n<p>网易邮箱 mail.163.com</p></body></html>\n") % (
            esc(subj), paras)


def winmail_text(rcpts, subj, n):
    """Winmail's bilingual failure notice with the remote reply."""
    lines = "".join("<%s>, remote server said: %s\n\n" % (a, d)
                    for a, d, e in rcpts)
    return "text/plain", (
        "Hi. This is the smtp delivery program.\nI'm afraid I wasn't able "
        "to deliver your message to the following addresses.\nThis is a "
        "permanent error; I've given up. Sorry it didn't work out.\n"
        "========================= ============================\n\n"
        "您好!\n您的邮件不能成功的递送到指定地址。这是一个永久的错误，因此"
        "不得不放弃继续递送。\n\n%s--- Below this line is a copy of the "
        "message.\n\nReceived: from hp-spring ([192.0.2.7])\n"
        "\t(envelope-sender <sales@exporter.example.com>)\n\tby "
        "192.0.2.8 with ESMTP\n\tfor <%s>; Wed, 02 Dec 2026 09:30:00 "
        "+0800\nDate: Wed, 2 Dec 2026 09:30:00 +0800\nFrom: \"sales\" "
        "<sales@exporter.example.com>\nSubject: %s\n") % (
            lines, rcpts[0][0], subj)


def qmail_text(rcpts, subj, n):
    """qmail-send's notice as a Chinese host's qmail sends it."""
    blocks = "".join("<%s>:\n%s\n\n" % (a, d) for a, d, e in rcpts)
    return "text/plain", (
        "Hi. This is the qmail-send program at mail.host.example.cn.\n"
        "I'm afraid I wasn't able to deliver your message to the following "
        "addresses.\nThis is a permanent error; I've given up. Sorry it "
        "didn't work out.\n\n%s--- Below this line is a copy of the "
        "message.\n\nReturn-Path: <sales@exporter.example.com>\n"
        "Subject: %s\n") % (blocks, subj)


def labelled(head, rcpt, reply, subject):
    """A plain notice of labelled lines: head, then per recipient its
    address and the reply under the labels rcpt and reply, then the
    original's subject under the label subject."""
    def frame(rcpts, subj, n):
        blocks = "".join("%s%s\n%s%s\n\n" % (rcpt, a, reply, d)
                         for a, d, e in rcpts)
        return "text/plain", "%s\n\n%s%s%s\n" % (head, blocks, subject,
                                                   subj)
    return frame


# A Chinese gateway's notice.
gateway_text = labelled(
    "您好，这是邮件网关自动发出的退信通知，请勿直接回复。\n\n您发送的邮件"
    "无法投递到以下收件人：", "收件人：", "对方服务器返回：", "原邮件主题：")
# A Taiwanese system's notice in Traditional Chinese, and its warning
# that it keeps trying.
big5_text = labelled(
    "您好，這是系統自動發出的退件通知。\n您寄給下列收件者的信件無法送達，"
    "系統已放棄遞送：", "收件者：", "錯誤訊息：", "原信件主旨：")
big5_delay = labelled(
    "您好，這是系統自動發出的延遲遞送通知。\n您寄出的信件暫時無法送達，系統"
    "將定期重新遞送，您不需要重新寄送此信件。", "收件者：", "暫時性錯誤：",
    "原信件主旨：")


def list_html(rcpts, subj, n):
    """A notice listing address and reply on one line each."""
    items = "".join("<li>{a}：{d}</li>\n".format(a=a, d=esc(d))
                    for a, d, e in rcpts)
    return "text/html", (
        "<html><body>\n<h2>邮件无法送达</h2>\n<p>您于 2026-12-02 09:30 发送"
        "的邮件《%s》未能送达下列地址，对方邮件服务器返回如下信息：</p>\n"
        "<ul>\n%s</ul>\n<p>此邮件由系统自动发送。</p></body></html>\n") % (
            esc(subj), items)


def exchange_html(rcpts, subj, n):
    """Exchange's report in Chinese: the text for the user, then the
    diagnostic information for administrators."""
    user = "".join("<p><b>{a}</b><br>{e}</p>\n".format(a=a, e=e)
                   for a, d, e in rcpts)
    diag = "".join("<p>{a}<br>Remote Server returned '{d}'</p>\n".format(
        a=a, d=esc(d)) for a, d, e in rcpts)
    return "text/html", (
        "<html><body>\n<p>你的邮件无法送达以下收件人：</p>\n%s<p>&nbsp;</p>"
        "\n<p>管理员诊断信息：</p>\n<p>生成服务器：EXCH02.exporter.example."
        "com</p>\n%s<p>原始邮件头：</p>\n<pre>Subject: %s</pre></body>"
        "</html>\n") % (user, diag, esc(subj))


FRAMES = {"aliyun-html": aliyun_html, "aliyun-text": aliyun_text,
          "netease": netease_sorry, "winmail": winmail_text,
          "qmail": qmail_text, "gateway": gateway_text, "list": list_html,
          "big5": big5_text, "big5-delay": big5_delay,
          "exchange": exchange_html}


def postfix_report(rcpts, subj, n, delayed):
    """EwoMail's (Postfix's) multipart/report: the text for the user,
    the delivery status, the original's headers."""
    if delayed:
        intro = ("This is the mail system at host mail.exporter.example.com."
                 "\n\n####################################################"
                 "################\n# THIS IS A WARNING ONLY.  YOU DO NOT "
                 "NEED TO RESEND YOUR MESSAGE. #\n############################"
                 "########################################\n\nYour message "
                 "could not be delivered for more than 4 hour(s).\nIt will "
                 "be retried until it is 5 day(s) old.\n\n")
    else:
        intro = ("This is the mail system at host mail.exporter.example.com."
                 "\n\nI'm sorry to have to inform you that your message "
                 "could not\nbe delivered to one or more recipients. It's "
                 "attached below.\n\nFor further assistance, please send "
                 "mail to postmaster.\n\nIf you do so, please include this "
                 "problem report. You can\ndelete your own text from the "
                 "attached returned message.\n\n                   The mail "
                 "system\n\n")
    text = intro + "".join("<%s>: %s\n\n" % (a, d) for a, d, st, rem in rcpts)
    status = ("Reporting-MTA: dns; mail.exporter.example.com\n"
              "X-Postfix-Queue-ID: 4Q%03dXYZ\n"
              "Arrival-Date: Wed,  2 Dec 2026 09:30:00 +0800 (CST)\n" % n +
              dsn_recipients([
                  (a, "delayed" if delayed else "failed", st,
                   d.split(" said: ", 1)[-1].split(" (in reply")[0], rem)
                  for a, d, st, rem in rcpts]))
    orig = ORIGINAL.format(a=rcpts[0][0], s=word(subj, "utf-8"), n=n)
    orig = orig.split("\n\n")[0] + "\n"
    return multipart("ewomail-%03d" % n, [
        part("text/plain; charset=us-ascii", text,
             "Content-Description: Notification\n"),
        part("message/delivery-status", status,
             "Content-Description: Delivery report\n"),
        part("text/rfc822-headers", orig,
             "Content-Description: Undelivered Message Headers\n")],
        report=True)


def domain(sender):
    return re.search(r"@([A-Za-z0-9.-]+)", sender).group(1)


def bounce(n, notice):
    (family, sender, frame, charset, cte, title, rcpts) = notice[:7]
    subj = "关于新产品报价 Quotation No.%03d" % n
    if charset == "big5":
        subj = "關於新產品報價 Quotation No.%03d" % n
    if frame in ("postfix", "postfix-delay"):
        ctype, text = postfix_report(
            [(r[0], r[1], r[6], r[7]) for r in rcpts],
            subj, n, frame == "postfix-delay")
        mime = "Content-Type: %s\n\n%s" % (ctype, text)
    else:
        ctype, text = FRAMES[frame]([(a, d, e) for a, d, c, r, s, e, *_
                                     in rcpts], subj, n)
        if frame.startswith("aliyun"):
            orig = ORIGINAL.format(a=rcpts[0][0], s=word(subj, "utf-8"),
                                   n=n)
            ct, text = multipart("aliyun-%03d" % n, [
                leaf(ctype, text, charset, cte),
                part("message/rfc822", orig,
                     "Content-Disposition: attachment\n")])
            mime = "Content-Type: %s\n\n%s" % (ct, text)
        else:
            mime = ("Content-Type: %s; charset=\"%s\"\n"
                    "Content-Transfer-Encoding: %s\n\n%s") % (
                        ctype, charset.upper(), cte,
                        body(text, charset, cte))
    ascii_title = all(ord(ch) < 128 for ch in title)
    head = HEAD % (n % 60, sender, title if ascii_title else
                   word(title, charset), n % 60, family, n,
                   domain(sender), "")
    return (head + mime).encode("ascii")


def autoreply(n, notice):
    (family, sender, charset, cte, title, ctype, text, extra) = notice[:8]
    head = HEAD % (n % 60, sender, word(title, charset), n % 60, family, n,
                   domain(sender), extra)
    head = head.replace("Return-Path: <>", "Return-Path: <%s@%s>" % (
        re.search(r"<([^@]+)@", sender).group(1), domain(sender)))
    mime = ("Content-Type: %s; charset=\"%s\"\n"
            "Content-Transfer-Encoding: %s\n\n%s") % (
                ctype, charset.upper(), cte, body(text, charset, cte))
    return (head + mime).encode("ascii")


# The Aliyun reasons, in its own words (mp127, webcron).
ALI_GONE = "收件方地址不存在，或暂时不可用，导致邮件被系统退回。"
ALI_CONN = "连接收件方邮件系统失败，导致邮件被系统退回。"
ALIYUN = "MAILER-DAEMON <MAILER-DAEMON@mxhichina.com>"
EXCH = ("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce411"
        "09e@exporter.example.com>")
PF = "MAILER-DAEMON@mail.exporter.example.com (Mail Delivery System)"

# Bounces: family, sender, frame, charset, transfer encoding, subject,
# [(recipient, diagnostic, category, reason, source, explanation[,
# status, remote MTA][, other categories that count as right])].
BOUNCES = [
    ("aliyun", ALIYUN, "aliyun-html", "utf-8", "base64", "退信", [
        ("ops.desk@qq.com",
         "the mta server of qq.com -- mx3.qq.com(157.255.4.241) reply:550 "
         "The \"From\" header is missing or invalid. Please follow RFC5322, "
         "RFC2047, RFC822 standard protocol. [MEwgNYCUUqQdt1qml2CjHV6aouw"
         "XiNz1KplnTFuwgwGN67bolrd0KDmJ07BuZ3e8jQ== IP: 115.124.28.189]. "
         "https://service.mail.qq.com/detail/124/995. at 2026-12-02 "
         "09:30:15", "blocked", "notcompliantrfc", "mp127", ALI_GONE,
         "", "", ["content"])]),
    ("aliyun", ALIYUN, "aliyun-text", "utf-8", "quoted-printable", "退信", [
        ("admin@unreachable.example.com",
         "(9)connect to the \"192.0.2.34(192.0.2.34) of unreachable."
         "example.com\" server failed", "retry-later", "networkerror",
         "webcron", ALI_CONN)]),
    ("aliyun", ALIYUN, "aliyun-html", "gbk", "base64", "系统退信", [
        ("liang.bo@client.example.cn",
         "the mta server of client.example.cn -- mx.client.example.cn"
         "(192.0.2.35) reply:550 RC:LD The email account that you tried to "
         "reach does no exists.", "invalid", "userunknown", "dbmail",
         ALI_GONE),
        ("song.yi@client.example.cn",
         "the mta server of client.example.cn -- mx.client.example.cn"
         "(192.0.2.35) reply:550 RC:NE The email account does not exist.",
         "invalid", "userunknown", "dbmail", ALI_GONE)]),
    ("netease", "postmaster@163.com", "netease", "gbk", "base64",
     "系统退信", [
        ("buyer.li@qq.com", "", "content", "spamdetected", "12306",
         "该邮件内容涉嫌大量群发，并且被多数用户投诉为垃圾邮件。")]),
    ("winmail", "postmaster@winmail.example.cn", "winmail", "gb2312",
     "base64", "failure notice", [
        ("winmaildemo@gmail.com",
         "550-5.7.1 [192.0.2.12      12] Our system has detected that this "
         "message is\n550-5.7.1 likely unsolicited mail. To reduce the "
         "amount of spam sent to Gmail,\n550-5.7.1 this message has been "
         "blocked. Please visit\n550-5.7.1 http://support.google.com/mail/"
         "bin/answer.py?hl=en&answer=188131 for\n550 5.7.1 more information."
         " mu18si1139639pab.287 - gsmtp", "content", "spamdetected",
         "winmail-gmail", "", "5.7.1", "", ["blocked"])]),
    ("winmail", "postmaster@winmail.example.cn", "winmail", "gbk",
     "quoted-printable", "failure notice", [
        ("agnes.fu@gmail.com",
         "552-5.7.0 This message was blocked because its content presents "
         "a potential\n552-5.7.0 security issue. Please visit http://"
         "support.google.com/mail/bin/answe\n552-5.7.0 r.py?answer=6590 to "
         "review our message content and attachment content\n552 5.7.0 "
         "guidelines. tk9si9998068pac.416 - gsmtp", "content",
         "virusdetected", "winmail-gmail", "", "5.7.0", "", ["blocked"]),
        ("cathy.tsai@gmail.com",
         "550-5.7.1 [192.0.2.12      12] Our system has detected that this "
         "message is\n550-5.7.1 likely unsolicited mail. To reduce the "
         "amount of spam sent to Gmail,\n550-5.7.1 this message has been "
         "blocked. Please visit\n550-5.7.1 http://support.google.com/mail/"
         "bin/answer.py?hl=en&answer=188131 for\n550 5.7.1 more information."
         " mu18si1139640pab.288 - gsmtp", "content", "spamdetected",
         "winmail-gmail", "", "5.7.1", "", ["blocked"])]),
    ("qmail", "MAILER-DAEMON@mail.host.example.cn", "qmail", "gb2312",
     "base64", "failure notice", [
        ("info@gone-domain.example.cn",
         "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
         "invalid", "hostunknown", "qvsp", ""),
        ("design@studio.example.com",
         "192.0.2.40 failed after I sent the message.\nRemote host said: "
         "552 Message size exceeds fixed limit", "content", "mesgtoobig",
         "qvsp", "")]),
    ("qmail", "MAILER-DAEMON@mail.host.example.cn", "qmail", "gb18030",
     "base64", "failure notice", [
        ("nobody@partner.example.com",
         "192.0.2.41 does not like recipient.\nRemote host said: 550 "
         "nobody@partner.example.com doesn't have this account\nGiving up "
         "on 192.0.2.41.", "invalid", "userunknown", "0733", ""),
        ("busy.box@partner.example.com",
         "192.0.2.41 does not like recipient.\nRemote host said: 552 mail "
         "box space not enough\nGiving up on 192.0.2.41.", "full",
         "mailboxfull", "0733", "")]),
    ("gateway", "postmaster@gw.exporter.example.com", "gateway", "gbk",
     "base64", "邮件投递失败", [
        ("pan@wanxiang.example.cn", "554 HL:IHU", "blocked", "blocked",
         "wxhl", ""),
        ("xu@wanxiang.example.cn", "554 HL:IPB", "blocked", "blocked",
         "wxhl", "")]),
    ("gateway", "postmaster@gw.exporter.example.com", "gateway", "utf-8",
     "base64", "邮件投递失败", [
        ("qin@wanxiang.example.cn", "450 HL:MEP", "blocked", "blocked",
         "wxhl", "", "", "", ["retry-later"]),
        ("yao@wanxiang.example.cn", "554 HL:ICC", "retry-later",
         "toomanyconn", "wxhl", "", "", "", ["blocked"])]),
    ("umail", "postmaster@umail.example.cn", "list", "gb2312", "base64",
     "邮件无法送达", [
        ("ex.staff@umail.example.cn", "550 no such user here (umail mta)",
         "invalid", "userunknown", "dbmail", "")]),
    ("umail", "postmaster@umail.example.cn", "list", "utf-8",
     "quoted-printable", "邮件无法送达", [
        ("chen.yu@dealer.example.com", "551 5.1.1 recipient is not exist",
         "invalid", "userunknown", "dbmail", ""),
        ("wei.na@dealer.example.com",
         "550 Local User [wei.na@dealer.example.com] not found.", "invalid",
         "userunknown", "dbmail", "")]),
    ("umail", "postmaster@umail.example.cn", "list", "gbk", "base64",
     "退信", [
        ("sales@old-agent.example.com", "550 #5.1.0 Address rejected.",
         "invalid", "userunknown", "dbmail", ""),
        ("abcd@old-agent.example.com", "550 abcd:user not exist",
         "invalid", "userunknown", "dbmail", "")]),
    ("umail", "postmaster@umail.example.cn", "list", "gb18030", "base64",
     "退信", [
        ("purchase@factory.example.cn",
         "550 5.7.0 purchase@factory.example.cn... address invalid",
         "invalid", "userunknown", "dbmail", ""),
        ("old.buyer@yahoo.com",
         "554 delivery error: dd This user doesn't have a yahoo.com account"
         " (old.buyer@yahoo.com) [-5] - mta155.mail.sk1.yahoo.com",
         "invalid", "userunknown", "dbmail", "")]),
    ("tw", "MAILER-DAEMON@mail.example.com.tw", "big5", "big5", "base64",
     "退件通知", [
        ("mei.lin@yahoo.com.tw",
         "554 delivery error: Sorry your message to mei.lin@yahoo.com.tw "
         "cannot be delivered. This account has been disabled or "
         "discontinued (#102). - mta1007.mail.tp2.yahoo.com", "invalid",
         "suspend", "tw-retry", "")]),
    ("tw", "MAILER-DAEMON@mail.example.com.tw", "big5", "big5",
     "quoted-printable", "無法傳遞的信件", [
        ("ghost.tw@yahoo.com.tw",
         "554 delivery error: This user doesnt have a yahoo.com.tw account",
         "invalid", "userunknown", "tw-retry", ""),
        ("sales@relay.example.com.tw",
         "550 5.7.1 Unable to relay for sales@relay.example.com.tw",
         "blocked", "norelaying", "tw-retry", "")]),
    ("exchange", EXCH, "exchange", "utf-8", "base64", "未送达: 报价", [
        ("buyer@partner.onmicrosoft.example",
         "550 5.4.1 Recipient address rejected: Access denied. "
         "AS(201806281) [PR2FRA01FT009.eop-fra01.prod.protection.outlook."
         "com]", "invalid", "userunknown", "godaddy-zh",
         "收件人地址被拒绝：访问被拒绝。")]),
    ("exchange", EXCH, "exchange", "utf-8", "quoted-printable",
     "无法送达: 合同", [
        ("finance@client.example.com",
         "550 5.7.708 Service unavailable. Access denied, traffic not "
         "accepted from this IP. For more information please go to "
         "http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) "
         "[BM1PR01MB1076.INDPRD01.PROD.OUTLOOK.COM]", "blocked", "blocked",
         "o365-ip", "")]),
    ("exchange", EXCH, "exchange", "gb2312", "base64", "未送达: 样品", [
        ("someone.old@hotmail.com",
         "550 5.5.0 Requested action not taken: mailbox unavailable "
         "(S2017062302)", "invalid", "userunknown", "o365-550", "")]),
    ("exchange", EXCH, "exchange", "utf-8", "base64", "无法送达: 发票", [
        ("archive@client.example.com",
         "554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:"
         "StoragePermanentException.MapiExceptionMaxObjsExceeded; Failed to "
         "process message due to a permanent exception with message Cannot "
         "complete delivery-time processing.", "full", "mailboxfull",
         "o365-busy", "", "", "", ["retry-later"])]),
    ("ewomail", PF, "postfix", "us-ascii", "7bit",
     "Undelivered Mail Returned to Sender", [
        ("nobody.here@qq.com",
         "host mx3.qq.com[157.255.4.241] said: 550 Mailbox not found. "
         "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no="
         "1000728 (in reply to RCPT TO command)", "invalid", "userunknown",
         "dbmail", "", "5.0.0", "mx3.qq.com")]),
    ("ewomail", PF, "postfix", "us-ascii", "7bit",
     "Undelivered Mail Returned to Sender", [
        ("trade@qq.com",
         "host smtp.163.com[220.181.12.16] said: 554 DT:SPM 163 smtp10,"
         "DsCowAA3D+JApVpd78gMKg--.16104S2 1566221632,please see http://"
         "mail.163.com/help/help_spam_16.htm?ip=192.0.2.65&hostid=smtp10&"
         "time=1566221632 (in reply to end of DATA command)", "content",
         "spamdetected", "dtspm", "", "5.0.0", "smtp.163.com")]),
    ("ewomail", PF, "postfix", "us-ascii", "7bit",
     "Undelivered Mail Returned to Sender", [
        ("boss@customer.example.com",
         "host smtp.163.com[220.181.12.16] said: 553 Local user only,163 "
         "smtp5,HdxpCgA3f+63sTNhtiNZDA--.2001S2 1630777785 (in reply to "
         "MAIL FROM command)", "blocked", "rejected", "163-local", "",
         "5.0.0", "smtp.163.com"),
        ("ceo@customer.example.com",
         "host smtp.mxhichina.com[192.0.2.66] said: 550 5.7.1 Relaying "
         "denied (in reply to RCPT TO command)", "blocked", "norelaying",
         "relay", "", "5.7.1", "smtp.mxhichina.com")]),
    ("tw", "MAILER-DAEMON@mail.example.com.tw", "big5", "big5", "base64",
     "退件通知", [
        ("nobody.tw@hello.example.com.tw",
         "550 Recipient address rejected: User unknown in local recipient "
         "table", "invalid", "userunknown", "tw-retry", ""),
        ("gone.tw@gmail.com",
         "550 5.1.1 http://mail.google.com/support/bin/answer.py?answer="
         "6596", "invalid", "userunknown", "tw-retry", "")]),
    ("umail", "postmaster@umail.example.cn", "list", "utf-8", "base64",
     "邮件无法送达", [
        ("xxx@abcd.example.com",
         "550 5.1.1 xxx@abcd.example.com: Recipient address rejected: "
         "undeliverable address: unknown user: \"xxx@abcd.example.com\"",
         "invalid", "userunknown", "dbmail", "")]),
    ("ewomail", PF, "postfix", "us-ascii", "7bit",
     "Undelivered Mail Returned to Sender", [
        ("li..ming@qq.com",
         "host mx3.qq.com[157.255.4.241] said: 501 Bad address syntax. "
         "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no="
         "1000730 (in reply to RCPT TO command)", "invalid", "syntaxerror",
         "dbmail", "", "5.0.0", "mx3.qq.com")]),
]

# Delay warnings (kind "delayed"): the system keeps trying.
DELAYS = [
    ("tw", "MAILER-DAEMON@mail.example.com.tw", "big5-delay", "big5",
     "base64", "延遲遞送通知", [
        ("full.tw@yahoo.com.tw", "RETRY.24 452 4.2.2 Mailbox full",
         "retry-later", "mailboxfull", "tw-retry", "", "4.2.2", "",
         ["full"])]),
    ("tw", "MAILER-DAEMON@mail.example.com.tw", "big5-delay", "big5",
     "quoted-printable", "延遲遞送通知", [
        ("slow.tw@yahoo.com.tw",
         "RETRY.0 421 4.7.0 [GL01] Message from (192.0.2.50) temporarily "
         "deferred - 4.16.50. Please refer to http://postmaster.yahoo.com/"
         "errors/postmaster-21.html", "retry-later", "blocked",
         "tw-retry", "", "4.7.0", "", ["blocked"])]),
    ("ewomail", PF, "postfix-delay", "us-ascii", "7bit",
     "Delayed Mail (still being retried)", [
        ("li.ming@139.com",
         "host mx1.mail.139.com[192.0.2.139] said: 450 Mail rejected, "
         "please try again (in reply to end of DATA command)",
         "retry-later", "blocked", "139", "", "4.0.0", "mx1.mail.139.com",
         ["blocked", "content"])]),
]

QQ_VAC1 = ("<div>这是来自QQ邮箱的假期自动回复邮件。<br>&nbsp;<br>您好，我最近"
           "正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。"
           "</div>\n")
QQ_VAC2 = ("<div>这是来自QQ邮箱的假期自动回复邮件。<br>您好，我已经收到您的"
           "邮件。我将在阅读后，尽快给您回复。</div>\n")
ALI_AR = ("您好，\n\n感谢您联系我们。\n\n我们已收到您的报价请求，销售团队正在"
          "查看。\n\n后续会由团队结合您的需求提供更有针对性的报价。\n\n此致\n"
          "销售部\n")
ACK = "来信已收到，非常感谢。\n"

# Auto-replies (kind "autoreply"): family, sender, charset, transfer
# encoding, subject, content type, text, further header fields, source.
AUTOREPLIES = [
    ("qq-auto", "\"Wang\" <wang.fang@qq.com>", "gb18030", "base64",
     "自动回复: 关于新产品报价", "text/html", QQ_VAC1, "", "qq-vac"),
    ("qq-auto", "\"Zhao\" <zhao.lei@qq.com>", "utf-8", "base64",
     "自动回复: 关于新产品报价", "text/html", QQ_VAC2,
     "Auto-Submitted: auto-replied\n", "qq-vac"),
    ("alimail-auto", "\"Sales\" <sales@buyer.example.cn>", "utf-8",
     "quoted-printable", "回复：已收到您的报价请求", "text/plain", ALI_AR,
     "", "alimail-ar"),
    ("ack-auto", "\"Chen\" <chen.zl@163.com>", "gbk", "base64",
     "自动回复：关于新产品报价", "text/plain", ACK, "", "ack"),
]


def truth(r):
    a, d, c, reason, s = r[:5]
    st = r[6] if len(r) > 6 else ""
    t = {"addr": a, "category": c, "reason": reason, "status": st,
         "code": "", "hard": c == "invalid", "diagnostic": d or r[5],
         "src": SRC[s]}
    if len(r) > 8:
        t["category_ok"] = list(r[8])
    return t


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(__file__))
    items = []
    n = 0
    for notices, kind in ((BOUNCES, "bounce"), (DELAYS, "delayed")):
        for notice in notices:
            n += 1
            items.append((notice[0], bounce(n, notice),
                          [truth(r) for r in notice[6]], kind))
    for notice in AUTOREPLIES:
        n += 1
        items.append((notice[0], autoreply(n, notice), [], "autoreply"))
    write_set(top, items)


if __name__ == "__main__":
    main()
