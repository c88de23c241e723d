#!/usr/bin/env python3
"""Builds the Chinese providers' bounce notices of tests/corpus/chinese.

usage: make.py [DIR]   (default: the directory of this script)

Writes maildir/<family>-NN.eml and truth.jsonl.  Each notice is HTML only,
in the charset and transfer encoding its provider uses (GB2312, GB18030,
GBK or UTF-8; base64 or quoted-printable), with the frame its provider
writes and a diagnostic text quoted from a published source; each truth
line names that source (see README.md).  Rerunning it rewrites the same
bytes.
"""
import base64
import os
import quopri
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                ".."))
from corpus_set import write_set  # noqa: E402

# Where the diagnostic texts and their documented meanings come from.
SRC = {
    "qqhelp": "https://qqmailbox.com/transceivers/169.html",
    "tencent": "https://service.mail.qq.com/cgi-bin/help?id=20022 "
               "(as quoted in sisimai/p5-sisimai "
               "lib/Sisimai/Rhost/TencentQQ.pm)",
    "exmail": "http://neatmaster518.com/info.aspx?id=11275",
    "netease": "https://www.emailhost.com.cn/service.html"
               "?article_category=25&brd=1",
    "aliyun": "https://www.yuntunpuzi.com/aliyun/745/",
    "aliyun2": "http://aliyuntx.com/news_in/351",
    "263": "http://www.263gmail.js.cn/help/13/2.htm",
    "coremail": "https://www.icoremail.vip/support/index.php"
                "?cate_id=84&page=5&start=0",
    "fobhost": "https://www.fobhost.com/jishuzhichi/jishuzhichi59.html",
    "sina": "https://github.com/PasseRR/passerr.github.io/blob/master/"
            "posts/2022/s2/2022-05-13-sina-554-rejected.md",
    "163frame": "https://xiayuyun.com/zonghe/587184.html",
    "forum": "https://www.tengxunqiyeyou.com/forum/forum.php"
             "?extra=page%3D2&mod=viewthread&tid=993",
    "winmail": "https://www.winmail.cn/ndr/",
}

QQ_HEAD = "很抱歉您发送的邮件被退回，以下是该邮件的相关信息："
QQ_ADVICE = {
    "invalid": "请确认收件人地址是否正确，或联系收件人确认邮箱是否可用。",
    "full": "请联系收件人清理邮箱后重新发送。",
    "content": "请修改邮件内容或减小附件后重新发送。",
    "blocked": "请联系收件人确认是否设置了拒收规则。",
    "retry-later": "系统将稍后重试，或请您稍后重新发送。",
}


def qq_html(rcpts, subject, charset):
    rows = "".join(
        "<tr><td style=\"color:#666\">收件人</td><td><b>{a}</b></td></tr>\n"
        "<tr><td style=\"color:#666\">退信原因</td><td>{d}</td></tr>\n"
        "<tr><td style=\"color:#666\">建议解决方案</td><td>{s}</td></tr>\n"
        .format(a=a, d=d, s=QQ_ADVICE[c]) for a, d, c in rcpts)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/"
            "html; charset={cs}\"><style>td{{font-size:14px;padding:4px}}"
            "</style></head><body>\n<div style=\"font-size:16px\">{h}</div>"
            "\n<table cellpadding=\"0\" cellspacing=\"0\">\n<tr><td>被退回"
            "的邮件</td><td>{subj}</td></tr>\n{rows}</table>\n<div>此为系统"
            "邮件，请勿直接回复。</div></body></html>\n").format(
                cs=charset, h=QQ_HEAD, subj=subject, rows=rows)


def netease_html(rcpts, subject, charset):
    def ent(s):
        return s.replace(" ", "&nbsp;")
    paras = "".join(
        "<p>您发送给&nbsp;<a href=\"mailto:{a}\">{a}</a>&nbsp;的邮件未能成功"
        "投递。</p>\n<p><b>退信原因：</b><span>{d}</span></p>\n".format(
            a=a, d=ent(d)) for a, d, c in rcpts)
    return ("<html><head><meta charset=\"{cs}\"><title>系统退信</title>"
            "<script type=\"text/javascript\">var s=\"postmaster@163.com\";"
            "</script></head><body>\n<div>主题：{subj}</div>\n{p}"
            "<div>此邮件为系统自动发送，请勿回复。&copy; 网易公司"
            "</div></body></html>\n").format(cs=charset, subj=subject,
                                             p=paras)


def aliyun_html(rcpts, subject, charset):
    rows = "".join(
        "<tr><td>{a}</td><td>{d}</td></tr>\n".format(a=a, d=d)
        for a, d, c in rcpts)
    return ("<html><body><p>您好，您发送的邮件“{subj}”未能投递给以下收件人"
            "：</p>\n<table border=\"1\"><tr><th>收件人</th><th>退信原因</th>"
            "</tr>\n{rows}</table>\n<p>This is the mail system at "
            "host smtp.aliyun-inc.com.</p></body></html>\n").format(
                subj=subject, rows=rows)


def winmail_text(rcpts, subject, charset):
    lines = "".join("<%s>, remote server said: %s\n" % (a, d)
                    for a, d, c in rcpts)
    return ("Hi. This is the smtp delivery program.\n"
            "I'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given "
            "up. Sorry it didn't work out.\n"
            "=====================================================\n"
            "您好!\n您的邮件不能成功的递送到指定地址。这是一个永久的错误，"
            "因此不得不放弃继续递送。\n%s\n"
            "--- Below this line is a copy of the message.\n\n"
            "Subject: %s\n") % (lines, subject)


def generic_html(rcpts, subject, charset):
    paras = "".join(
        "<div>收件人：{a}</div>\n<div>退信原因：{d}</div>\n".format(
            a=a, d=d) for a, d, c in rcpts)
    return ("<html><body><div>您的邮件“{subj}”未能成功发送。</div>\n{p}"
            "</body></html>\n").format(subj=subject, p=paras)


FRAMES = {"qq": qq_html, "netease": netease_html, "aliyun": aliyun_html,
          "generic": generic_html, "winmail": winmail_text}

# family, sender, frame, charset, transfer encoding, [(rcpt, diag, category,
# reason, source)]
NOTICES = [
    ("qq", "MAILER-DAEMON@qq.com", "qq", "gb2312", "base64", [
        ("zhang.san@qq.com", "该用户不存在", "invalid", "userunknown",
         "qqhelp")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "gb18030", "base64", [
        ("li.si@qq.com", "该用户未开通QQ邮箱", "invalid", "userunknown",
         "qqhelp")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "gb2312", "base64", [
        ("wang.wu@qq.com", "收件人空间不足", "full", "mailboxfull",
         "qqhelp")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "utf-8", "base64", [
        ("zhao.liu@foxmail.com", "550 Mailbox not found;", "invalid",
         "userunknown", "qqhelp")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "gb2312", "quoted-printable", [
        ("sun.qi@qq.com", "550 Error: content rejected;", "content",
         "spamdetected", "qqhelp")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "gb18030", "base64", [
        ("buyer@importer.example.cn", "501 Bad address syntax;", "invalid",
         "syntaxerror", "qqhelp")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "utf-8", "quoted-printable", [
        ("sales@factory.example.com",
         "message size 31457280 exceeds size limit 20971520 of server "
         "mx.factory.example.com[192.0.2.25]", "content", "mesgtoobig",
         "qqhelp")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "gb2312", "base64", [
        ("chen@partner.example.com",
         "host mx.partner.example.com[192.0.2.30] said: 550 5.1.1 "
         "<chen@partner.example.com>: Recipient address rejected: User "
         "unknown in local recipient table (in reply to RCPT TO command)",
         "invalid", "userunknown", "qqhelp")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "gb18030", "base64", [
        ("info@trading.example.net",
         "connect to mx.trading.example.net[192.0.2.40]:25: Connection "
         "timed out", "retry-later", "networkerror", "qqhelp")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "utf-8", "base64", [
        ("hr@company.example.cn",
         "host mx.company.example.cn[192.0.2.41] said: 550 Mail is "
         "rejected by recipients", "blocked", "filtered", "tencent")]),
    ("exmail", "MAILER-DAEMON@exmail.qq.com", "qq", "gb18030", "base64", [
        ("zhou@client.example.com",
         "host mx.client.example.com[192.0.2.50] said: 550 Suspected spam "
         "ip, please try later", "blocked", "blocked", "tencent")]),
    ("exmail", "MAILER-DAEMON@exmail.qq.com", "qq", "gb2312", "base64", [
        ("wu@customer.example.cn", "550 Mailbox not found", "invalid",
         "userunknown", "exmail")]),
    ("exmail", "MAILER-DAEMON@exmail.qq.com", "qq", "utf-8", "base64", [
        ("zheng@supplier.example.com",
         "host mx.supplier.example.com[192.0.2.51] said: 552 Message too "
         "large", "content", "mesgtoobig", "tencent")]),
    ("exmail", "MAILER-DAEMON@exmail.qq.com", "qq", "gb2312", "base64", [
        ("feng@partner.example.org",
         "host mx.partner.example.org[192.0.2.52] said: 550 SPF check "
         "failed", "blocked", "authfailure", "tencent")]),
    ("netease", "postmaster@163.com", "netease", "gbk", "base64", [
        ("liu.yang@163.com", "550 user not exist", "invalid",
         "userunknown", "netease")]),
    ("netease", "postmaster@163.com", "netease", "gbk", "base64", [
        ("huang@126.com", "552 Quota exceeded", "full", "mailboxfull",
         "netease")]),
    ("netease", "postmaster@126.com", "netease", "gb2312", "base64", [
        ("zhou.min@partner.example.com",
         "Remote server returned: rcpt handle timeout", "retry-later",
         "expired", "netease")]),
    ("netease", "postmaster@163.com", "netease", "utf-8",
     "quoted-printable", [
        ("xu@nonexistent-domain.example.cn", "DNS query error",
         "invalid", "hostunknown", "netease")]),
    ("netease", "postmaster@163.com", "netease", "gbk", "base64", [
        ("he@buyer.example.com", "554 Content reject/Spam denied",
         "content", "spamdetected", "netease")]),
    ("netease", "postmaster@126.com", "netease", "gbk", "base64", [
        ("ma@agent.example.net", "552 exceeded mailsize limit",
         "content", "mesgtoobig", "netease")]),
    ("aliyun", "MAILER-DAEMON@aliyun.com", "aliyun", "utf-8", "base64", [
        ("a.li@client.example.cn", "550 User not found", "invalid",
         "userunknown", "aliyun"),
        ("b.wang@client.example.cn", "552 Quota exceeded", "full",
         "mailboxfull", "aliyun"),
        ("c.zhang@client.example.cn", "550 Mail content denied",
         "content", "spamdetected", "aliyun")]),
    ("aliyun", "MAILER-DAEMON@aliyun.com", "aliyun", "gbk", "base64", [
        ("d.chen@dealer.example.com", "550 No such user", "invalid",
         "userunknown", "aliyun"),
        ("e.lin@dealer.example.com", "552 mailbox is full", "full",
         "mailboxfull", "aliyun")]),
    ("aliyun", "MAILER-DAEMON@mxhichina.com", "aliyun", "utf-8",
     "quoted-printable", [
        ("f.guo@shop.example.cn", "553 Invalid sender", "blocked",
         "rejected", "fobhost"),
        ("g.he@shop.example.cn", "550 User unknown", "invalid",
         "userunknown", "aliyun"),
        ("h.luo@shop.example.cn", "550 Invalid User", "invalid",
         "userunknown", "aliyun"),
        ("i.song@shop.example.cn",
         "Sorry, I couldn't find any host named shop.example.cn. (#5.1.2)",
         "invalid", "hostunknown", "aliyun")]),
    ("sina", "MAILER-DAEMON@sina.com", "generic", "gb2312", "base64", [
        ("yang@sina.com", "550 User yang@sina.com is disabled", "invalid",
         "suspend", "fobhost")]),
    ("sina", "MAILER-DAEMON@sina.com", "generic", "gbk", "base64", [
        ("buyer@client.example.com",
         "554 remote ip is forbidden", "blocked", "blocked", "fobhost")]),
    ("sina", "MAILER-DAEMON@sina.com", "generic", "utf-8", "base64", [
        ("lin@partner.example.net",
         "554 5.7.1 Service unavailable; Client host [192.0.2.60] blocked "
         "using zen.spamhaus.org", "blocked", "blocked", "sina")]),
    ("sohu", "postmaster@sohu.com", "generic", "gbk", "base64", [
        ("tang@sohu.com",
         "user not exist (in reply to RCPT TO command)", "invalid",
         "userunknown", "263")]),
    ("sohu", "postmaster@sohu.com", "generic", "gb2312", "base64", [
        ("xie@263.example.net", "550 User suspended", "invalid", "suspend",
         "coremail")]),
    ("sohu", "postmaster@sohu.com", "generic", "utf-8", "base64", [
        ("han@coremail.example.cn", "550 User in blacklist", "blocked",
         "rejected", "coremail")]),
    ("qq", "MAILER-DAEMON@qq.com", "qq", "gb2312", "base64", [
        ("trade@sina.com",
         "Failure reply of RCPT to trade@sina.com from 202.106.182.168, "
         "445 服务器拒绝 - server rejected (#4.4.4)", "retry-later",
         "undefined", "forum")]),
    ("exmail", "MAILER-DAEMON@exmail.qq.com", "qq", "gb18030", "base64", [
        ("office@163.net",
         "host mx.163.net[192.0.2.70] said: 450 Fail, Box is busy",
         "retry-later", "undefined", "forum")]),
    ("winmail", "postmaster@winmail.example.cn", "winmail", "gb2312",
     "base64", [
        ("test@blacklistdemo.example.com",
         "554 Service unavailable; Client host [192.0.2.111] blocked using "
         "zen.spamhaus.org", "blocked", "blocked", "winmail")]),
]


def build(n, notice):
    family, sender, frame, charset, cte, rcpts = notice
    subject = "关于新产品报价 Quotation No.%03d" % n
    html = FRAMES[frame]([(a, d, c) for a, d, c, r, s in rcpts], subject,
                         charset)
    body = html.encode("gb18030" if charset in ("gb2312", "gbk")
                       else charset)
    ctype = "text/plain" if frame == "winmail" else "text/html"
    if cte == "base64":
        enc = base64.encodebytes(body)
    else:
        enc = quopri.encodestring(body)
    subj = "=?UTF-8?B?%s?=" % base64.b64encode(
        "系统退信".encode()).decode()
    head = ("Return-Path: <>\n"
            "Received: from mx.example.cn (mx.example.cn [192.0.2.1])\n"
            "\tby mail.exporter.example.com (Postfix) with ESMTPS;\n"
            "\tTue, 1 Dec 2026 09:%02d:00 +0800 (CST)\n"
            "From: =?UTF-8?B?%s?= <%s>\n"
            "To: sales@exporter.example.com\n"
            "Subject: %s\n"
            "Date: Tue, 1 Dec 2026 09:%02d:00 +0800\n"
            "Message-ID: <%s.%03d@%s>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: %s; charset=\"%s\"\n"
            "Content-Transfer-Encoding: %s\n\n") % (
                n % 60, base64.b64encode("系统退信".encode()).decode(),
                sender, subj, n % 60, family, n, sender.split("@")[1], ctype,
                charset.upper() if charset != "utf-8" else "UTF-8", cte)
    return head.encode() + enc


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(__file__))
    write_set(top, [
        (notice[0], build(n, notice),
         [{"addr": a, "category": c, "reason": r, "status": "", "code": "",
           "hard": c == "invalid", "diagnostic": d, "src": SRC[s]}
          for a, d, c, r, s in notice[5]])
        for n, notice in enumerate(NOTICES, 1)])


if __name__ == "__main__":
    main()
