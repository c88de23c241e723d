#!/usr/bin/env python3
"""Builds tests/corpus/negative/l10n: read receipts, delay notices and
auto-replies in the languages and charsets the other directories lack,
each made from the localized strings of the program that sends it (the
truth line names the file the words come from).

usage: make-l10n.py [DIR]   (default: the directory of this script)

Writes l10n/NN-name.eml and replaces the "l10n" lines of truth.jsonl
(the other makers' lines are kept).  Rerunning it rewrites the same
bytes.  The helpers (headers, parts, the Return-Path) are make.py's.

The words are copied from the programs' translation files, which are
under the Mozilla Public License 2.0 (Thunderbird), the GNU GPL 2
(Zimbra's ZsMsg_*.properties) or public configuration; short strings
quoted for interoperability tests.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "negmake", os.path.join(HERE, "make.py"))
M = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(M)

TB = "https://github.com/thunderbird/thunderbird-l10n/blob/main/%s/mail/" \
    "chrome/messenger/msgmdn.properties"
SRC = {
    "tb": "Thunderbird, msgmdn.properties of locale %s (MdnXxxReceipt "
          "subjects, MsgMdnMsgSentTo and MsgMdnXxx texts), " + TB +
          "; MPL-2.0; the message as nsMsgMdnGenerator.cpp assembles it "
          "(multipart/report, MDNPart2.txt, MDNPart3.txt)",
    "zimbra": "Zimbra zm-mailbox, SendDeliveryReport.java ('Read-Receipt: "
              "' subject, Auto-Submitted: auto-replied (zimbra; "
              "read-receipt)) and store-conf/conf/msgs/ZsMsg_%s.properties "
              "(readReceiptNotification), https://github.com/Zimbra/"
              "zm-mailbox; GPL-2.0",
    "exchrr": "Outlook/Exchange read receipt ('%s' subject prefix as "
              "mail clients' receipt filters list them: Zimbra "
              "ZimbraMailbox isRead() ('Read: ', 'Read-Receipt: ', "
              "'Lida: '), public Sieve and IMAP receipt filters ('Gelesen:',"
              " 'Lu : ', 'Not read: ')); the text written here after "
              "Exchange's English receipt",
    "postfixnl": "Postfix bounce(5) delay_template in Dutch ('Vertraagde "
                 "mail (wordt nog opnieuw verzonden)'), a public NixOS "
                 "mail server's bounce_template_file; the report part as "
                 "Postfix writes it (RFC 3464, Action: delayed)",
    "postfixfr": "Postfix bounce(5) delay_template in French ('CECI EST "
                 "JUSTE UN MESSAGE D'INFORMATION', 'verifiez la validite de "
                 "l'adresse email'), blog post 'New (neat) postfix 2.3 "
                 "feature - custom bounce messages' (2007); the report "
                 "part as Postfix writes it (RFC 3464, Action: delayed)",
    "postfixru": "Postfix bounce(5) success_template in Russian as "
                 "Yandex words it ('Письмо успешно доставлено', 'Ваше письмо "
                 "было успешно доставлено'), a public bounce template "
                 "file; the report part as Postfix writes it (RFC 3464, "
                 "Action: relayed, delivered, expanded)",
    "rfc3834": "RFC 3834 (Auto-Submitted: auto-replied) and RFC 5230 "
               "(Sieve vacation :subject); the words written here as a "
               "person sets them",
    "noheader": "an out-of-office reply set up as a mail rule, with no "
                "auto-reply header (written here; cf. make.py's "
                "written/60-68)",
    "person": "ordinary mail from a person (written here)",
    "recall": "Microsoft, Recall or replace an email message that you "
              "sent (the 'Recall:' message and its text), https://support."
              "microsoft.com/office/35027f88-d655-4554-b4f8-6c0729a723a0",
}

# Thunderbird's strings: (locale, subject word for the disposition,
# MsgMdnMsgSentTo, the disposition's text)
TBMDN = [
    ("de", "displayed",
     "=?ISO-8859-15?Q?Empfangsbest=E4tigung_=28angezeigt=29?=",
     "Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an "
     "folgenden Empfänger gesendet haben: %s",
     "Beachten Sie: Diese Empfangsbestätigung sagt nur aus, dass die "
     "Nachricht am Computer des Empfängers angezeigt wurde. Es gibt keine "
     "Garantie, dass der Empfänger die Nachrichteninhalte gelesen hat.",
     "utf-8", "quoted-printable", "Angebot Mai"),
    ("fr", "deleted",
     "=?iso8859-1?Q?Accus=E9_de_r=E9ception_(supprim=E9)?=",
     "Ceci est un accusé de réception pour l’e-mail envoyé à %s.",
     "Le message a été effacé. La personne à qui vous l’avez envoyé "
     "pourrait ne pas l’avoir lu. Il pourra être rétabli plus tard, et "
     "être lu.",
     "utf-8", "8bit", "Offre de mai"),
    ("es-ES", "denied", "Acuse de recibo (denegado)",
     "Este es un acuse de recibo para el mensaje que usted envió a %s.",
     "El destinatario del mensaje no quiere enviar la confirmación del "
     "acuse de recibo.",
     "iso-8859-1", "quoted-printable", "Oferta de mayo"),
    ("pt-BR", "failed", "Confirmação de leitura (falha)",
     "Esta é uma confirmação de leitura da mensagem que você enviou para "
     "%s.",
     "Ocorreu uma falha. Uma confirmação de leitura adequada não pôde ser "
     "gerada ou enviada para você.",
     "iso-8859-1", "base64", "Proposta"),
    ("it", "dispatched", "Ricevuta di ritorno (inviata)",
     "Questa è la Ricevuta di ritorno del messaggio inviato a %s.",
     "Il messaggio è stato stampato, spedito per fax o inoltrato senza "
     "venir visualizzato dal destinatario. Non c’è garanzia che il "
     "destinatario legga in seguito il messaggio.",
     "utf-8", "quoted-printable", "Offerta"),
    ("nl", "denied", "Leesbevestiging (geweigerd)",
     "Dit is een leesbevestiging voor de e-mail die u naar %s hebt "
     "verzonden.",
     "De ontvanger van het bericht wil geen leesbevestiging naar u "
     "terugsturen.",
     "iso-8859-1", "quoted-printable", "Offerte"),
    ("pl", "failed", "Potwierdzenie doręczenia wiadomości (nie powiodło "
     "się)",
     "To jest potwierdzenie doręczenia wiadomości, która została wysłana "
     "na adres %s.",
     "Wystąpił błąd. Prawidłowe potwierdzenie doręczenia wiadomości nie "
     "mogło zostać wygenerowane albo wysłane do nadawcy.",
     "iso-8859-2", "quoted-printable", "Oferta"),
    ("ru", "failed", "Уведомление о прочтении (неудача)",
     "Это уведомление о прочтении для сообщения, которое вы отправили в "
     "адрес «%s».",
     "Произошла ошибка. Надлежащее уведомление о прочтении не могло быть "
     "создано или отправлено вам.",
     "windows-1251", "base64", "Предложение"),
    ("tr", "denied", "Alındı onayı (reddedildi)",
     "Bu, %s adresine gönderdiğiniz postanın alındı onayıdır.",
     "İletinin alıcısı size alındı onayı göndermek istemiyor.",
     "iso-8859-9", "quoted-printable", "Teklif"),
    ("zh-CN", "failed", "回执（已失败）",
     "这是您发送给 %s 的邮件的回执。",
     "发生错误。无法产生或者发送给您一个正确的回执。",
     "gb2312", "base64", "报价单"),
    ("zh-TW", "denied", "收件回執（已拒絕）",
     "這是您寄給 %s 的郵件所傳回的收件回執。",
     "收件者拒絕寄回收件回執給您。",
     "big5", "base64", "報價"),
    ("ko", "failed", "수신 확인 (실패함)",
     "이것은 %s에 보낸 수신 확인 메시지입니다.",
     "문제 발생. 보낸 수신 확인이 작동되지 않았습니다.",
     "euc-kr", "base64", "견적"),
    ("vi", "failed", "Xác nhận đã nhận thư (thất bại)",
     "Đây là xác nhận đã nhận thư cho thư bạn đã gửi đến %s.",
     "Đã xảy ra lỗi. Không thể tạo hoặc gửi xác nhận đã nhận thư thích "
     "hợp cho bạn.",
     "utf-8", "base64", "Báo giá"),
    ("ar", "denied", "إعلام وصول (مُنِعت)",
     "هذا إعلام وصول للبريد الذي أرسلته إلى %s.",
     "لا يرغب مستلم الرسالة في إرسال إعلام بالوصول إليك.",
     "windows-1256", "base64", "عرض الأسعار"),
]

TBHOST = {"de": "kunde.example", "fr": "client.example",
          "es-ES": "cliente.example", "pt-BR": "cliente.example.br",
          "it": "cliente.example.it", "nl": "klant.example",
          "pl": "klient.example.pl", "ru": "klient.example.ru",
          "tr": "musteri.example", "zh-CN": "kehu.example.cn",
          "zh-TW": "kehu.example.tw", "ko": "gogaek.example",
          "vi": "khachhang.example", "ar": "amil.example"}


def subject_of(word, orig, charset):
    """The receipt's subject: Thunderbird's word, " - ", the original
    subject; a word already encoded in the strings file stays so."""
    if word.startswith("=?"):
        return "%s - %s" % (word, M.hdr(orig, charset, "Q"))
    return M.hdr("%s - %s" % (word, orig), charset,
                 "Q" if charset.startswith("iso-8859") else "B")


def tb_mdn(loc, disp, word, sent_to, text, charset, cte, orig, null_rp):
    rcpt = "info@%s" % TBHOST[loc]
    human = "%s\n\n%s\n" % (sent_to % rcpt, text)
    mode = "manual-action/MDN-sent-manually" if disp in ("displayed",
        "denied") else "automatic-action/MDN-sent-automatically"
    parts = [text_part(human, charset, cte),
             "Content-Type: message/disposition-notification; "
             "name=\"MDNPart2.txt\"\nContent-Disposition: inline\n"
             "Content-Transfer-Encoding: 7bit\n\n"
             "Reporting-UA: %s; Mozilla Thunderbird\n"
             "Final-Recipient: rfc822;%s\n"
             "Original-Message-ID: <msg-42@sender.example>\n"
             "Disposition: %s; %s\n" % (TBHOST[loc], rcpt, mode, disp),
             "Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\n"
             "Content-Transfer-Encoding: 7bit\n"
             "Content-Disposition: inline\n\n"
             "From: Sender Newsletter <%s>\nTo: <%s>\nSubject: %s\n"
             "Message-ID: <msg-42@sender.example>\n"
             "Disposition-Notification-To: <%s>\n" % (
                 M.SENDER, rcpt, M.hdr(orig, charset), M.SENDER)]
    return rcpt, M.msg(rcpt, subject_of(word, orig, charset), M.multipart(
        parts, "report; report-type=disposition-notification",
        "------------MDN%s" % loc.replace("-", "")),
        "User-Agent: Mozilla Thunderbird\nContent-Language: %s\n" % loc,
        rp="" if null_rp else None)


ZIMBRA = {
    # readReceiptNotification of ZsMsg_de and ZsMsg_ja.properties
    "de": ("Die am {0} an {1} gesendete Mail mit dem Betreff \u201e{2}"
           "\u201c wurde angezeigt. Dies ist keine Garantie daf\u00fcr, "
           "dass die Mail gelesen und verstanden wurde.", "utf-8",
           "Angebot Mai", "p.wagner@firma.example"),
    "ja": ("{0}\u306b\u9001\u4fe1\u3055\u308c\u305f\u4ef6\u540d\u300c{2}"
           "\u300d\u306e{1}\u5b9b\u306e\u30e1\u30c3\u30bb\u30fc\u30b8\u306f"
           "\u8868\u793a\u3055\u308c\u307e\u3057\u305f\u3002\u3053\u308c"
           "\u306f\u30e1\u30c3\u30bb\u30fc\u30b8\u304c\u8aad\u307e\u308c"
           "\u305f\u3053\u3068\u3001\u307e\u305f\u306f\u4e86\u89e3\u3055"
           "\u308c\u305f\u3053\u3068\u3092\u4fdd\u8a3c\u3059\u308b\u308f"
           "\u3051\u3067\u306f\u3042\u308a\u307e\u305b\u3093\u3002",
           "iso-2022-jp", "お見積りのご案内", "sato@torihiki.example.jp"),
}


def zimbra_rr(loc):
    text, charset, orig, rcpt = ZIMBRA[loc]
    human = text.format("06.05.2026 09:12" if loc == "de" else
                        "2026/05/06 9:12", M.SENDER, orig) + "\n"
    cte = "7bit" if charset == "iso-2022-jp" else "quoted-printable"
    parts = [text_part(human, charset, cte),
             "Content-Type: message/disposition-notification; "
             "charset=utf-8\n\n"
             "Reporting-UA: mail.%s; Zimbra 10.0.0_GA\n"
             "Original-Recipient: rfc822;%s\n"
             "Final-Recipient: rfc822;%s\n"
             "Original-Message-ID: <msg-42@sender.example>\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n" %
             (rcpt.split("@")[1], rcpt, rcpt)]
    return rcpt, M.msg(rcpt, M.hdr("Read-Receipt: " + orig, charset),
                       M.multipart(parts, "report; report-type="
                                   "disposition-notification",
                                   "----=_Part_zimbra_rr_%s" % loc),
                       "Auto-Submitted: auto-replied (zimbra; "
                       "read-receipt)\nX-Mailer: Zimbra 10.0.0_GA\n")


def exchange_rr(rcpt, name, prefix, orig, text, charset, report):
    """An Exchange read or not-read receipt: plain text (MAPI's receipt
    passed on as text), or the report Exchange writes for the Internet."""
    extra = ("Thread-Topic: %s\nThread-Index: AdqfR2h5cmVhZHJlY2VpcHQ=\n"
             "X-MS-Has-Attach:\nX-MS-Exchange-Organization-SCL: -1\n"
             "X-MS-TNEF-Correlator:\n" % M.hdr(orig, charset))
    body = text_part(text, charset, "quoted-printable")
    if report:
        body = M.multipart(
            [body, "Content-Type: message/disposition-notification\n\n"
             "Final-Recipient: rfc822;%s\n"
             "Disposition: automatic-action/MDN-sent-automatically; %s\n"
             "X-MSExch-Correlation-Key: Jm5hbWU9cmVhZHJlY2VpcHQ=\n"
             "Original-Message-ID: <msg-42@sender.example>\n" % (
                 rcpt, report)],
            "report; report-type=disposition-notification",
            "_000_RR_exchange_")
    return M.msg("%s <%s>" % (name, rcpt), M.hdr(prefix + orig, charset),
                 body, extra, rp="")


POSTFIX_NL = (
    "Dit is het mailsysteem van mail.sender.example.\n\n"
    "############################################################"
    "#################\n"
    "# Dit is enkel een waarschuwing, u hoeft uw mail niet opnieuw te "
    "verzenden. #\n"
    "############################################################"
    "#################\n\n"
    "Uw bericht kon niet worden afgeleverd voor langer dan 4 uur.\n"
    "Het wordt opnieuw geprobeerd totdat de mail 5 dag(en) oud\nis.\n\n"
    "Bedankt voor uw begrip.\n\n"
    "Voor verdere hulp kunt u een mail sturen naar postmaster <at>\n"
    "mail.sender.example. Vergeet niet deze mail bij te voegen of door "
    "te\nsturen wanneer u dat doet.\n\n"
    "                       Het mailsysteem\n"
    "                       The mail system\n\n"
    "<%s>: connect to mx.%s[192.0.2.77]:25: Connection\n"
    "    timed out\n")


POSTFIX_FR = (
    "Bonjour, je suis votre serveur email.\n"
    "Mon nom est mail.sender.example.\n\n"
    "##############################################\n"
    "#  CECI EST JUSTE UN MESSAGE D'INFORMATION.  #\n"
    "# VOUS NE DEVEZ PAS RENVOYER VOTRE MESSAGE ! #\n"
    "##############################################\n\n"
    "Un de vos messages n'a pas pu etre delivre pendant 1 heure(s).\n"
    "Le systeme va reesayer jusqu'au moment ou le message sera vieux de "
    "1 jour(s).\n\n"
    "Si le probleme persiste, verifiez la validite de l'adresse email.\n\n"
    "Pour plus d'assistance, contactez un administrateur du systeme.\n\n"
    "Si vous contactez l'administrateur, veuillez lui faire parvenir ce "
    "qui suit.\nVous pouvez effacer la partie personnelle de votre "
    "message.\n\n"
    "                   Merci,\n"
    "                   Votre serveur email\n\n"
    "<%s>: host mx.%s[192.0.2.78] said: 452 4.2.2 Mailbox\n"
    "    temporarily over quota (in reply to RCPT TO command)\n")


def postfix_delay(text, charset, subject, rcpt, orig, diag, status):
    """Postfix's delay warning: its template's text, the report."""
    dom = rcpt.split("@")[1]
    parts = [
        "Content-Description: Notification\n" +
        text_part(text % (rcpt, dom), charset,
                  "8bit" if charset == "utf-8" else "7bit"),
        "Content-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.sender.example\n"
        "X-Postfix-Queue-ID: 4Tz9Lq3VbKz1x\n"
        "X-Postfix-Sender: rfc822; %s\n"
        "Arrival-Date: Wed,  6 May 2026 06:02:11 +0200 (CEST)\n\n"
        "Final-Recipient: rfc822; %s\n"
        "Original-Recipient: rfc822;%s\n"
        "Action: delayed\n"
        "Status: %s\n"
        "Diagnostic-Code: %s\n"
        "Will-Retry-Until: Mon, 11 May 2026 06:02:11 +0200 (CEST)\n" % (
            M.SENDER, rcpt, rcpt, status, diag % dom),
        "Content-Description: Undelivered Message Headers\n"
        "Content-Type: text/rfc822-headers\n\n"
        "From: Sender Newsletter <%s>\nTo: <%s>\nSubject: %s\n"
        "Message-ID: <msg-77@sender.example>\n" % (M.SENDER, rcpt, orig)]
    return M.msg("Mail Delivery System <MAILER-DAEMON@mail.sender.example>",
                 M.hdr(subject),
                 M.multipart(parts, "report; report-type=delivery-status",
                             "4Tz9Lq3VbKz1x.1778040131/mail.sender."
                             "example"),
                 "Auto-Submitted: auto-replied\n", rp="")


YANDEX_OK = (
    "              **********\n\n"
    "Ваше письмо было успешно доставлено указанному адресату (или "
    "адресатам,\nесли было указано несколько).\n"
    "В случае возникновения проблемы на принимающей стороне Вы получите\n"
    "отдельное уведомление от другой почтовой системы.\n\n"
    "Это уведомление автоматически отправлено почтовой системой Яндекса."
    "\n\n              **********\n\n"
    "This is the mail system at host sender.example.\n\n"
    "Your message was successfully delivered to the destination(s)\n"
    "listed below. If the message was delivered to mailbox you will\n"
    "receive no further notifications. Otherwise you may still receive\n"
    "notifications of mail delivery errors from other systems.\n\n"
    "<%s>: %s\n")


def postfix_success(rcpt, action, said):
    """Postfix's success notice (relayed, delivered, expanded) under a
    Russian success_template."""
    parts = [
        "Content-Description: Notification\n" +
        text_part(YANDEX_OK % (rcpt, said), "utf-8", "quoted-printable"),
        "Content-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.sender.example\n"
        "X-Postfix-Queue-ID: 4Tz9Mx0QdTz2y\n"
        "X-Postfix-Sender: rfc822; %s\n"
        "Arrival-Date: Wed,  6 May 2026 08:14:02 +0300 (MSK)\n\n"
        "Final-Recipient: rfc822; %s\n"
        "Original-Recipient: rfc822;%s\n"
        "Action: %s\n"
        "Status: 2.0.0\n"
        "Diagnostic-Code: smtp; %s\n" % (
            M.SENDER, rcpt, rcpt, action, said.split(": ", 1)[-1]),
        "Content-Description: Message Headers\n"
        "Content-Type: text/rfc822-headers\n\n"
        "From: Sender Newsletter <%s>\nTo: <%s>\nSubject: %s\n"
        "Message-ID: <msg-78@sender.example>\n" % (
            M.SENDER, rcpt, M.hdr("Предложение"))]
    return M.msg("Mail Delivery System <MAILER-DAEMON@mail.sender.example>",
                 M.hdr("Письмо успешно доставлено"),
                 M.multipart(parts, "report; report-type=delivery-status",
                             "4Tz9Mx0QdTz2y.1778044442/mail.sender."
                             "example"),
                 "Auto-Submitted: auto-replied\n", rp="")


def autoreply(frm, subject, body, charset, cte, headers):
    return M.msg(frm, M.hdr(subject, charset), text_part(
        body, charset, cte), headers)


def text_part(body, charset, cte):
    """make.py's text part; a 7bit one in a charset of escapes
    (ISO-2022-JP) encoded here."""
    if cte == "7bit" and not body.isascii():
        body = body.encode(charset).decode("ascii")
    return M.text_part(body, charset, cte)


AUTO = "Auto-Submitted: auto-replied\n"
OUTLOOK = ("X-Auto-Response-Suppress: All\nAuto-Submitted: auto-generated\n"
           "X-MS-Exchange-Inbox-Rules-Loop: %s\n")


def build():
    out = []

    def add(name, kind, contacts, src, text, recipients=None):
        out.append((name, kind, contacts, src, text, recipients or []))

    # Thunderbird's receipts, one disposition per locale, the words
    # "failed", "denied" and "deleted" among them.
    # Every other one with the null envelope sender RFC 8098 (2.1) asks
    # of a receipt, the others with the person's own address.
    for i, (loc, disp, word, sent_to, text, cs, cte, orig) in \
            enumerate(TBMDN):
        key = "tb-" + loc
        SRC[key] = SRC["tb"] % (loc, loc)
        rcpt, m = tb_mdn(loc, disp, word, sent_to, text, cs, cte, orig,
                         i % 2 == 1)
        add("mdn-thunderbird-%s-%s" % (loc.lower(), disp), "notbounce",
            [rcpt], key, m)
    for loc in ("de", "ja"):
        key = "zimbra-" + loc
        SRC[key] = SRC["zimbra"] % loc
        rcpt, m = zimbra_rr(loc)
        add("mdn-zimbra-%s" % loc, "notbounce", [rcpt], key, m)

    # Exchange receipts: French "Lu :" and "Non lu :" as plain text,
    # Portuguese "Lida:" and German "Gelesen:" as reports, the English
    # "Not read:" of a message deleted unread.
    for (rcpt, name, prefix, orig, text, cs, rep, key) in [
        ("l.martin@client.example", "Louise Martin", "Lu : ",
         "Offre de mai",
         "Votre message\n\n  À : Louise Martin\n  Objet : Offre de mai\n"
         "  Envoyé : mercredi 6 mai 2026 09:40:11 (UTC+01:00)\n\n"
         "a été lu le mercredi 6 mai 2026 10:02:45 (UTC+01:00).\n",
         "windows-1252", None, "Lu : "),
        ("j.dubois@client.example", "Jean Dubois", "Non lu : ",
         "Offre de mai",
         "Votre message\n\n  À : Jean Dubois\n  Objet : Offre de mai\n"
         "  Envoyé : mercredi 6 mai 2026 09:40:11 (UTC+01:00)\n\n"
         "a été supprimé sans avoir été lu le jeudi 7 mai 2026 "
         "08:15:02 (UTC+01:00).\n",
         "iso-8859-1", "deleted", "Lu : "),
        ("m.souza@cliente.example.br", "Marina Souza", "Lida: ",
         "Proposta comercial",
         "Sua mensagem\n\n  Para: Marina Souza\n  Assunto: Proposta "
         "comercial\n  Enviada: quarta-feira, 6 de maio de 2026 09:40\n\n"
         "foi lida em quarta-feira, 6 de maio de 2026 11:20.\n",
         "iso-8859-1", "displayed", "Lida: "),
        ("t.krause@kunde.example", "Thomas Krause", "Gelesen: ",
         "Lieferung abgelehnt? Rückfrage",
         "Ihre Nachricht\n\n  An: Thomas Krause\n  Betreff: Lieferung "
         "abgelehnt? Rückfrage\n  Gesendet: Mittwoch, 6. Mai 2026 "
         "09:40:11 (UTC+01:00) Amsterdam, Berlin\n\n"
         "wurde am Mittwoch, 6. Mai 2026 10:31:09 (UTC+01:00) Amsterdam, "
         "Berlin gelesen.\n",
         "iso-8859-15", "displayed", "Gelesen: "),
        ("a.wright@customer.example", "Alan Wright", "Not read: ",
         "May offer",
         "Your message\n\n  To: Alan Wright\n  Subject: May offer\n"
         "  Sent: Wednesday, May 6, 2026 9:40:11 AM (UTC+00:00)\n\n"
         "was deleted without being read on Thursday, May 7, 2026 "
         "8:15:02 AM (UTC+00:00).\n",
         "us-ascii", "deleted", "Not read: "),
    ]:
        k = "exchrr-" + key.strip(" :").lower()
        SRC[k] = SRC["exchrr"] % key.strip()
        add("mdn-exchange-%s" % prefix.strip(" :").lower().replace(" ",
            "-"), "notbounce", [rcpt], k,
            exchange_rr(rcpt, name, prefix, orig, text, cs, rep))

    # A delay warning in Dutch: retry-later at most.
    rcpt = "inkoop@klant.example"
    add("postfix-delay-nl", "delayed", [rcpt], "postfixnl",
        postfix_delay(POSTFIX_NL, "utf-8", "Vertraagde mail (wordt nog "
                      "opnieuw verzonden)", rcpt, "Offerte mei",
                      "X-Postfix; connect to mx.%s[192.0.2.77]:25:\n"
                      "    Connection timed out", "4.4.1"),
        [{"addr": rcpt, "category": "retry-later", "code": "",
          "hard": False, "reason": "delayed", "status": "4.4.1"}])
    # Out-of-office replies in Vietnamese, Arabic, Japanese and Italian;
    # some without any auto-reply header; some that say a colleague
    # has left or an old address is no longer used, by someone away for
    # a time (the replier is alive).
    add("autoreply-vi", "autoreply", ["lan.nguyen@khachhang.example"],
        "rfc3834", autoreply(
            "Nguyễn Thị Lan <lan.nguyen@khachhang.example>",
            "Trả lời tự động: Báo giá",
            "Xin chào,\n\nTôi đang nghỉ phép đến hết ngày 15/05/2026 và sẽ "
            "trả lời thư của bạn khi trở lại văn phòng.\nTrường hợp khẩn "
            "cấp, vui lòng liên hệ anh Minh: minh.tran@khachhang.example."
            "\n\nTrân trọng,\nLan\n", "utf-8", "base64",
            AUTO + "Precedence: auto_reply\n"))
    add("autoreply-vi-colleague-left", "autoreply",
        ["hoa.pham@khachhang.example", "tuan.le@khachhang.example"],
        "noheader", autoreply(
            "Phạm Thu Hoa <hoa.pham@khachhang.example>",
            "Vắng mặt: Báo giá",
            "Cảm ơn bạn đã gửi thư.\n\nTôi đang đi công tác đến ngày "
            "20/05/2026.\nLưu ý: anh Lê Tuấn đã nghỉ việc tại công ty, địa "
            "chỉ tuan.le@khachhang.example không còn được sử dụng. Mọi "
            "liên hệ xin gửi về phòng kinh doanh.\n\nHoa\n", "utf-8",
            "quoted-printable", ""))
    add("autoreply-ar", "autoreply", ["k.haddad@amil.example"], "rfc3834",
        autoreply(
            "خالد حداد <k.haddad@amil.example>", "رد تلقائي: عرض الأسعار",
            "شكراً لرسالتكم.\n\nأنا خارج المكتب حتى يوم 15 مايو 2026 مع "
            "إمكانية محدودة للوصول إلى البريد الإلكتروني.\nللأمور العاجلة "
            "يرجى التواصل مع سامي على sami@amil.example.\n\nمع التحية،\n"
            "خالد\n", "windows-1256", "base64", AUTO))
    add("autoreply-ar-noheader", "autoreply", ["m.saleh@amil.example"],
        "noheader", autoreply(
            "منى صالح <m.saleh@amil.example>", "خارج المكتب: عرض الأسعار",
            "مرحباً،\n\nأنا في إجازة حالياً وسأعود يوم ٢٠ مايو. لن تتم "
            "قراءة رسالتك قبل ذلك التاريخ.\n\nمنى\n", "utf-8",
            "quoted-printable", ""))
    add("autoreply-ja-sjis-colleague-left", "autoreply",
        ["suzuki@torihiki.example.jp", "tanaka@torihiki.example.jp"],
        "noheader", autoreply(
            "鈴木 一郎 <suzuki@torihiki.example.jp>", "不在のお知らせ",
            "メールありがとうございます。\n\n5月7日から5月12日まで出張のため"
            "不在にしております。\nなお、田中（tanaka@torihiki.example.jp）"
            "は4月30日付で退職いたしました。今後のご連絡は営業部までお願い"
            "いたします。\n\n鈴木\n", "shift_jis", "base64", ""))
    add("autoreply-it-old-address", "autoreply",
        ["g.rossi@cliente.example.it", "vendite@cliente.example.it"],
        "rfc3834", autoreply(
            "Giulia Rossi <g.rossi@cliente.example.it>",
            "Risposta automatica: Offerta",
            "Buongiorno,\n\nsono fuori ufficio fino al 18 maggio con "
            "accesso limitato alla posta.\nSi prega di notare che "
            "l'indirizzo ordini@cliente.example.it non è più attivo: per "
            "gli ordini scrivete a vendite@cliente.example.it.\n\n"
            "Cordiali saluti,\nGiulia Rossi\n", "iso-8859-1",
            "quoted-printable",
            OUTLOOK % "g.rossi@cliente.example.it" +
            "Thread-Topic: Offerta\nContent-Language: it-IT\n"))
    add("autoreply-ptbr-noheader", "autoreply",
        ["r.lima@cliente.example.br"], "noheader", autoreply(
            "Rafael Lima <r.lima@cliente.example.br>",
            "Ausente do escritório: Proposta",
            "Olá,\n\nEstou de férias até 22/05/2026, sem acesso ao e-mail."
            "\nSua mensagem não será lida até o meu retorno.\n\nRafael\n",
            "windows-1252", "quoted-printable", ""))
    add("autoreply-ko-euckr", "autoreply", ["kim.minsu@gogaek.example"],
        "rfc3834", autoreply(
            "김민수 <kim.minsu@gogaek.example>", "자동 회신: 견적",
            "안녕하세요.\n\n5월 15일까지 휴가 중입니다. 복귀 후 회신드리겠습니다."
            "\n급한 용무는 이지은(lee.jieun@gogaek.example)에게 연락 바랍니다."
            "\n\n김민수\n", "euc-kr", "base64",
            OUTLOOK % "kim.minsu@gogaek.example"))

    # A person's Outlook recalls a message she sent us.
    add("recall-request", "notbounce", ["m.souza@cliente.example.br"],
        "recall", M.msg(
            "Marina Souza <m.souza@cliente.example.br>",
            "Recall: Re: Proposta comercial",
            text_part("Marina Souza would like to recall the message, "
                      "\"Re: Proposta comercial\".\n", "us-ascii", "7bit"),
            "Thread-Topic: Re: Proposta comercial\nX-MS-Has-Attach:\n"
            "X-MS-Exchange-Organization-RecallMessageId: "
            "<CP2PR80MB4563@cliente.example.br>\n"))

    # People who quote a bounce about someone else's old address.
    add("person-ja-quotes-bounce", "notbounce",
        ["yamada@torihiki.example.jp", "sato.old@torihiki.example.jp"],
        "person", M.msg(
            "山田 花子 <yamada@torihiki.example.jp>", M.hdr(
                "Re: 配信エラーについて", "iso-2022-jp"),
            text_part(
                "お世話になっております。\n\n佐藤の旧アドレス "
                "sato.old@torihiki.example.jp 宛のメールが「宛先不明 "
                "(550 5.1.1 User unknown)」で戻ったとのこと、失礼いたしました。"
                "\n佐藤は異動しましたので、今後は私宛にお送りください。\n\n"
                "山田\n", "iso-2022-jp", "7bit")))
    add("person-vi-quotes-bounce", "notbounce",
        ["minh.tran@khachhang.example", "kho@khachhang.example"],
        "person", M.msg(
            "Trần Minh <minh.tran@khachhang.example>",
            M.hdr("Re: Thư không gửi được"),
            text_part(
                "Chào anh,\n\nEm nhận được thông báo \"Không thể gửi thư: "
                "hộp thư không tồn tại\" cho địa chỉ kho@khachhang.example. "
                "Địa chỉ đó đã bị xoá, anh gửi thẳng cho em nhé.\n\nMinh\n",
                "utf-8", "quoted-printable")))
    # A delay warning in French whose text asks to check the address's
    # validity, for a mailbox over its quota: retry-later, or full as
    # ../mta's truth allows a delay of a full mailbox.
    rcpt = "achats@client.example"
    add("postfix-delay-fr", "delayed", [rcpt], "postfixfr",
        postfix_delay(POSTFIX_FR, "us-ascii", "Delayed Mail (still being "
                      "retried)", rcpt, "Offre de mai",
                      "smtp; 452 4.2.2 Mailbox temporarily over quota "
                      "(mx.%s)", "4.2.2"),
        [{"addr": rcpt, "category": "retry-later", "category_ok": ["full"],
          "code": "452", "hard": False, "reason": "delayed",
          "status": "4.2.2"}])
    # Success notices under a Russian success_template: relayed to a
    # server without DSN, delivered to the mailbox, expanded by an alias.
    for (rcpt, action, said) in [
        ("zakaz@klient.example.ru", "relayed",
         "delivery via mx.klient.example.ru[192.0.2.90]:25: 250 2.0.0 Ok: "
         "queued as 4Tz9N1"),
        ("buh@klient.example.ru", "delivered",
         "delivered to mailbox"),
        ("otdel@klient.example.ru", "expanded",
         "alias expanded"),
    ]:
        add("postfix-success-ru-%s" % action, "delivered", [rcpt],
            "postfixru", postfix_success(rcpt, action, said),
            [{"addr": rcpt, "category": "delivered", "code": "",
              "hard": False, "reason": "delivered", "status": "2.0.0"}])
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else HERE
    print("make-l10n.py: %d messages written" % M.write_set(
        root, "l10n", build(), SRC))


if __name__ == "__main__":
    main()
