#!/usr/bin/env python3
"""Builds the localized bounce notices of tests/corpus/localized.

usage: make.py [DIR]   (default: the directory of this script)

Writes maildir/<lang>-<frame>-NN.eml and truth.jsonl.  Each notice is a
frame in German, Portuguese, Spanish, French, Italian, Dutch, Polish,
Russian, Turkish, Japanese or Korean, in a charset and transfer encoding
its systems use, with a diagnostic quoted from a published source; each
truth line names that source (see README.md).  Rerunning it rewrites the
same bytes.
"""
import base64
import json
import os
import quopri
import re
import sys

# Where the diagnostic texts, frames and their meanings come from.
SRC = {
    "bounce5": "http://www.postfix.org/bounce.5.html",
    "sitepackage": "http://www.sitepackage.de/service/dokumentation/"
                   "auswertung/typische-fehlermeldungen-bei-unzustellbarkeit"
                   ".html",
    "gmxnews": "https://newsroom.gmx.net/2017/09/28/"
               "unzustellbar-fehlermeldungen-email/",
    "webde": "https://web.de/email/tipps/posts/mailer-daemon/91/",
    "dtag": "sisimai/p5-sisimai lib/Sisimai/Lhost/DeutscheTelekom.pm "
            "(BSD 2-Clause)",
    "oneandone": "sisimai/p5-sisimai lib/Sisimai/Lhost/EinsUndEins.pm "
                 "(BSD 2-Clause)",
    "bs2": "https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails",
    "ccm": "http://br.ccm.net/faq/28855-a-retrodifusao-do-mail-delivery-"
           "system",
    "netbit": "https://netbit.com.br/suporte/"
              "kb_E-mail_Problemas-comuns-no-envio.php",
    "ixone": "http://ix-one.com/domainhostingFAQ/article/MS_27771.html",
    "alexborras": "https://alexborras.com/"
                  "errores-y-warnings-habituales-en-retorno-de-email/",
    "emailacademy": "https://www.emailacademy.fr/pt2/Blog/"
                    "Les-erreurs-de-non-remise-des-emails-et-leurs-"
                    "significations",
    "jouwweb": "https://jouwweb.freshdesk.com/fr/support/solutions/articles/"
               "13000102861",
    "01net": "https://01net.com/astuces/decryptez-votre-messagerie-"
             "272181.html",
    "xoomer": "http://xoomer.virgilio.it/cpoeri/PCTel/Trucchi/"
              "Suggerimento007.htm",
    "libero": "https://aiuto.libero.it/articolo/mail/"
              "messaggi-di-errore-piu-frequenti-dopo-invio-email",
    "interia": "https://pomoc.poczta.interia.pl/"
               "news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600",
    "kontopl": "https://support.konto.pl/kb/a2286/"
               "informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx",
    "mailru": "sisimai/p5-sisimai lib/Sisimai/Lhost/MailRu.pm "
              "(BSD 2-Clause)",
    "mailout": "https://mailout.ru/2015/09",
    "yandex": "https://yandex.com/support/mail/bounces/yandex.html",
    "yandex2": "https://yandex.com/support/mail/bounces/other.html",
    "dti": "http://dream.jp/support/techinfo/mail/error/error05.html",
    "biglobe": "sisimai/p5-sisimai lib/Sisimai/Lhost/Biglobe.pm "
               "(BSD 2-Clause)",
    "catv": "https://www.catv-yokohama.ne.jp/faq/internet/"
            "internet-email-usage/trouble-faq-internet-email-usage/11387",
    "oliveit": "https://oliveit.tistory.com/39",
    "puffin": "https://puffinknight.tistory.com/102",
    "foxydog": "https://foxydog.tistory.com/180",
    "latinmail": "https://github.com/sisimai/p5-sisimai/issues/66",
    "mailru2": "https://github.com/manyuanrong/deno-smtp/issues/45",
    "nk": "https://nkinformatica.com.br/e-mail-voltando-com-erro/",
    "tonline": "https://github.com/Mailu/Mailu/issues/1614",
    "ezweb": "sisimai/p5-sisimai lib/Sisimai/Lhost/EZweb.pm (BSD 2-Clause)",
    "backlink": "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
    "ixirhost": "https://blog.ixirhost.com/mail-delivery-failed-returning-"
                "message-to-sender-mailbox-quota-exceeded/",
}

# The text a site writes above Postfix's per-recipient lines when it
# translates failure_template with bounce_template_file (bounce(5)); the
# subject is the template's too, and bounce(5) allows ASCII only in a
# template's headers.
POSTFIX_TEXT = {
    "de": ("Unzustellbare Nachricht an Absender zurueckgeschickt",
           "Dies ist das Mailsystem auf dem Rechner {host}.\n\n"
           "Leider konnte Ihre Nachricht an einen oder mehrere Empfänger "
           "nicht\nzugestellt werden. Sie ist unten angehängt.\n\n"
           "Für weitere Hilfe schreiben Sie bitte an postmaster.\n\n"
           "                   Das Mailsystem\n"),
    "pt": ("Mensagem nao entregue devolvida ao remetente",
           "Este é o sistema de correio do servidor {host}.\n\n"
           "Lamentamos informar que não foi possível entregar sua "
           "mensagem a um\nou mais destinatários. Ela segue anexa.\n\n"
           "Para mais ajuda, escreva para postmaster.\n\n"
           "                   O sistema de correio\n"),
    "es": ("Correo no entregado devuelto al remitente",
           "Este es el sistema de correo del servidor {host}.\n\n"
           "Lamentamos informarle de que su mensaje no pudo ser entregado "
           "a uno o\nmás destinatarios. Se adjunta a continuación.\n\n"
           "Para más ayuda, escriba a postmaster.\n\n"
           "                   El sistema de correo\n"),
    "fr": ("Message non remis retourne a l'expediteur",
           "Ceci est le système de messagerie du serveur {host}.\n\n"
           "J'ai le regret de vous informer que votre message n'a pas pu "
           "être\nremis à un ou plusieurs destinataires. Il est joint "
           "ci-dessous.\n\nPour toute aide, écrivez à postmaster.\n\n"
           "                   Le système de messagerie\n"),
    "it": ("Messaggio non recapitato restituito al mittente",
           "Questo è il sistema di posta del server {host}.\n\n"
           "Siamo spiacenti di informarla che il suo messaggio non è stato "
           "recapitato\na uno o più destinatari. È allegato qui sotto.\n\n"
           "Per assistenza scriva a postmaster.\n\n"
           "                   Il sistema di posta\n"),
    "nl": ("Onbestelbare mail teruggestuurd naar afzender",
           "Dit is het mailsysteem op de server {host}.\n\n"
           "Helaas kon uw bericht niet worden afgeleverd bij een of meer "
           "ontvangers.\nHet bericht is hieronder bijgevoegd.\n\n"
           "Voor hulp kunt u mailen naar postmaster.\n\n"
           "                   Het mailsysteem\n"),
    "pl": ("Wiadomosc niedostarczona zwrocona do nadawcy",
           "To jest system pocztowy serwera {host}.\n\n"
           "Niestety Twojej wiadomości nie udało się dostarczyć do co "
           "najmniej\njednego adresata. Wiadomość jest załączona "
           "poniżej.\n\nW razie pytań napisz do postmaster.\n\n"
           "                   System pocztowy\n"),
    "ru": ("Undelivered Mail Returned to Sender",
           "Это почтовая система сервера {host}.\n\n"
           "К сожалению, Ваше письмо не может быть доставлено одному или "
           "нескольким\nполучателям. Оно приложено ниже.\n\n"
           "Если нужна помощь, напишите postmaster.\n\n"
           "                   Почтовая система\n"),
    "tr": ("Teslim edilemeyen ileti gonderene iade edildi",
           "Bu, {host} sunucusundaki posta sistemidir.\n\n"
           "Üzgünüz, iletiniz bir veya daha fazla alıcıya teslim "
           "edilemedi.\nİleti aşağıda eklidir.\n\n"
           "Yardım için postmaster adresine yazın.\n\n"
           "                   Posta sistemi\n"),
    "ja": ("Undelivered Mail Returned to Sender",
           "このメールは {host} のメールシステムから送信されています。\n\n"
           "申し訳ありませんが、お送りいただいたメールは次の宛先に"
           "配信できませんでした。\n元のメールを添付します。\n\n"
           "ご不明な点は postmaster までお問い合わせください。\n"),
    "ko": ("Undelivered Mail Returned to Sender",
           "이 메일은 {host} 서버의 메일 시스템에서 보낸 것입니다.\n\n"
           "죄송하지만 보내신 메일을 다음 받는 사람에게 전달하지 "
           "못했습니다.\n원본 메일을 아래에 첨부합니다.\n\n"
           "도움이 필요하시면 postmaster 에게 문의하십시오.\n"),
}

# Exim's bounce_message_file, translated by a site (Exim specification,
# "Customizing bounce and warning messages").
EXIM_TEXT = {
    "de": ("Mail delivery failed: returning message to sender",
           "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\n"
           "Eine von Ihnen gesendete Nachricht konnte einem oder mehreren "
           "Empfängern\nnicht zugestellt werden. Dies ist ein dauerhafter "
           "Fehler. Folgende\nAdresse(n) sind fehlgeschlagen:\n\n"),
    "pt": ("Falha na entrega: mensagem devolvida ao remetente",
           "Esta mensagem foi criada automaticamente pelo sistema de "
           "entrega de\ne-mails.\n\nNão foi possível entregar uma "
           "mensagem que você enviou a um ou mais\ndestinatários. Este é "
           "um erro permanente. O(s) seguinte(s) endereço(s)\nfalharam:"
           "\n\n"),
    "es": ("Error en la entrega: mensaje devuelto al remitente",
           "Este mensaje ha sido creado automáticamente por el sistema de "
           "entrega\nde correo.\n\nNo se ha podido entregar un mensaje "
           "que usted envió a uno o más\nde sus destinatarios. Este es un "
           "error permanente. Fallaron las\nsiguientes direcciones:\n\n"),
    "fr": ("Echec de remise : message retourne a l'expediteur",
           "Ce message a été créé automatiquement par le logiciel de "
           "distribution\ndu courrier.\n\nUn message que vous avez envoyé "
           "n'a pu être remis à un ou plusieurs de\nses destinataires. "
           "C'est une erreur permanente. L'adresse suivante a\néchoué :"
           "\n\n"),
    "tr": ("Teslimat başarısız: ileti gönderene iade edildi",
           "Bu ileti posta teslim yazılımı tarafından otomatik olarak "
           "oluşturuldu.\n\nGönderdiğiniz bir ileti bir veya daha fazla "
           "alıcısına teslim\nedilemedi. Bu kalıcı bir hatadır. Aşağıdaki "
           "adres(ler) başarısız oldu:\n\n"),
    "nl": ("Bezorging mislukt: bericht teruggestuurd naar afzender",
           "Dit bericht is automatisch aangemaakt door de mailsoftware.\n\n"
           "Een bericht dat u verstuurde kon niet worden afgeleverd bij "
           "een of meer\nontvangers. Dit is een permanente fout. Het "
           "volgende adres is mislukt:\n\n"),
}

# The Russian banner Mail.Ru puts above Exim's text (as quoted in
# Sisimai's MailRu.pm).
MAILRU_BANNER = ("Это письмо создано автоматически\nсервером Mail.Ru, "
                 "отвечать на него не\nнужно.\n\nК сожалению, Ваше письмо "
                 "не может\nбыть доставлено одному или нескольким\n"
                 "получателям:\n\n**********************\n\n")

# A Spanish provider's notice (the sentence is from the list of returned
# mail texts cited as alexborras).
ES_TEXT = ("Error en la entrega a los siguientes destinatarios:\n\n")

KO_TEXT = ("메일 발송 실패 안내\n\n보내신 메일이 다음 받는 사람에게 "
           "전달되지 않았습니다.\n\n")


def enc(text, charset):
    if charset == "shift_jis":
        return text.encode("cp932")
    return text.encode(charset)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return data.decode("ascii")


def word(text, charset):
    """An RFC 2047 encoded word (base64) in the notice's charset."""
    if all(ord(c) < 128 for c in text):
        return text
    return "=?%s?B?%s?=" % (charset.upper(),
                           base64.b64encode(enc(text, charset)).decode())


def status_of(diag):
    m = re.search(r"\b([245]\.\d{1,3}\.\d{1,3})\b", diag)
    if m:
        return m.group(1)
    m = re.search(r"\b([45])\d\d\b", diag)
    return (m.group(1) if m else "5") + ".0.0"


def postfix(lang, host, rcpts, charset, cte, boundary):
    """Postfix writes non-ASCII template text 8bit; a relay that cannot
    pass 8bit turns it quoted-printable, as the notices of ../mta show."""
    subject, text = POSTFIX_TEXT[lang]
    lines = "".join("<%s>: host mx.%s[192.0.2.%d] said: %s (in reply to "
                    "RCPT TO command)\n\n" % (a, a.split("@")[1], 20 + i, d)
                    for i, (a, d, c, r, s) in enumerate(rcpts))
    human = text.format(host=host) + "\n" + lines
    fields = "".join("Final-Recipient: rfc822; %s\nOriginal-Recipient: "
                     "rfc822;%s\nAction: failed\nStatus: %s\nRemote-MTA: "
                     "dns; mx.%s\nDiagnostic-Code: smtp; %s\n\n" % (
                         a, a, status_of(d), a.split("@")[1], d)
                     for a, d, c, r, s in rcpts)
    body = ("This is a MIME-encapsulated message.\n\n--%s\n"
            "Content-Description: Notification\n"
            "Content-Type: text/plain; charset=%s\n"
            "Content-Transfer-Encoding: %s\n\n%s\n--%s\n"
            "Content-Description: Delivery report\n"
            "Content-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4QX%s\n"
            "Arrival-Date: Tue,  1 Dec 2026 10:00:00 +0100 (CET)\n\n%s"
            "--%s\nContent-Description: Undelivered Message Headers\n"
            "Content-Type: text/rfc822-headers\n\n%s--%s--\n") % (
                boundary, charset, cte, encode_body(enc(human, charset), cte),
                boundary, host, boundary[-6:].upper(), fields, boundary,
                ORIG, boundary)
    ctype = ("multipart/report; report-type=delivery-status;\n"
             "\tboundary=\"%s\"" % boundary)
    frm = "MAILER-DAEMON@%s (Mail Delivery System)" % host
    return frm, word(subject, charset), ctype, None, body


def exim(lang, host, rcpts, charset, cte, boundary):
    """Exim writes the translated text as it stands (8bit); the subject is
    the file's, in an RFC 2047 word (the file's ${rfc2047:...})."""
    subject, text = EXIM_TEXT[lang]
    lines = "".join("  %s\n    SMTP error from remote mail server after "
                    "RCPT TO:<%s>:\n    host mx.%s [192.0.2.%d]: %s\n\n" % (
                        a, a, a.split("@")[1], 40 + i, d)
                    for i, (a, d, c, r, s) in enumerate(rcpts))
    human = (text + lines + "------ This is a copy of the message, "
             "including all the headers. ------\n\n" + ORIG)
    frm = "Mail Delivery System <Mailer-Daemon@%s>" % host
    extra = "X-Failed-Recipients: %s\n" % ", ".join(r[0] for r in rcpts)
    return (frm, word(subject, charset), "text/plain; charset=%s" % charset,
            (extra, cte), encode_body(enc(human, charset), cte))


def mailru(lang, host, rcpts, charset, cte, boundary):
    lines = "".join("  %s\n    SMTP error from remote mail server after "
                    "RCPT TO:<%s>:\n    host mx.%s [192.0.2.%d]: %s\n\n" % (
                        a, a, a.split("@")[1], 60 + i, d)
                    for i, (a, d, c, r, s) in enumerate(rcpts))
    human = (MAILRU_BANNER + "This message was created automatically by "
             "mail delivery software.\n\nA message that you sent could "
             "not be delivered to one or more of its\nrecipients. This is "
             "a permanent error. The following address(es) failed:\n\n" +
             lines + "------ This is a copy of the message, including all "
             "the headers. ------\n\n" + ORIG)
    frm = "Mail Delivery System <mailer-daemon@corp.mail.ru>"
    extra = "X-Failed-Recipients: %s\n" % ", ".join(r[0] for r in rcpts)
    return (frm, "Mail delivery failed: returning message to sender",
            "text/plain; charset=%s" % charset, (extra, cte),
            encode_body(enc(human, charset), cte))


def dtag(lang, host, rcpts, charset, cte, boundary):
    lines = "".join(" <%s>\n   %s\n\n" % (a, d)
                    for a, d, c, r, s in rcpts)
    human = ("|------------------------- Failed addresses follow: "
             "---------------------|\n" + lines +
             "|------------------------- Message header follows: "
             "----------------------|\n" + ORIG)
    frm = "Mail Delivery System <MAILER-DAEMON@t-online.de>"
    return (frm, "failure notice", "text/plain; charset=%s" % charset,
            ("X-TOI-MSGID: 0b8c1f4e-localized\n", cte),
            encode_body(enc(human, charset), cte))


def dti(lang, host, rcpts, charset, cte, boundary):
    en = "".join("Recipient: <%s>\nReason: < %s > ...User unknown\n\n" % (
        a, a) for a, d, c, r, s in rcpts)
    ja = "".join("受取人: <%s>\n原因:  <%s> %s\n\n" % (a, a, d)
                 for a, d, c, r, s in rcpts)
    head = ("This Message was undeliverable due to the following reason:\n\n"
            "Each of the following recipients was rejected by a remote mail "
            "server.\nThe reasons given by the server are included to help "
            "you determine why\neach recipient was rejected.\n\n")
    jhead = ("件名: メールシステム誤り- 返されたメール\n"
             "このメールは以下の原因により届けることが出来ませんでした:\n\n"
             "以下の受取人は、相手のメールサーバに拒否されました。\n"
             "以下のサーバーが返したエラーメッセージには、受取人が拒否された"
             "理由が\n含まれています。\n\n")
    tail = ("もし、このエラーメールにご不明な点などございましたら\n"
            "Postmaster@%s まで返信をお願いします。\n" % host)
    if lang == "ja-en":
        human = head + en + jhead + ja + tail
    else:
        human = jhead + ja + tail
    frm = "Mail Administrator <Postmaster@%s>" % host
    return (frm, "Mail System Error - Returned Mail",
            "text/plain; charset=%s" % charset, ("", cte),
            encode_body(enc(human, charset), cte))


def ezweb(lang, host, rcpts, charset, cte, boundary):
    """au (KDDI): the account's state above the address, or the remote
    server's refusal of each recipient, as EZweb.pm quotes them."""
    parts = []
    for a, d, c, r, s in rcpts:
        if d.startswith("550"):
            parts.append("Each of the following recipients was rejected by "
                         "a remote\nmail server.\n\n   Recipient: <%s>\n"
                         "   >>> RCPT TO:<%s>\n   <<< %s\n\n" % (a, a, d))
        else:
            parts.append("%s\n\n<%s>\n\n" % (d, a))
    human = ("".join(parts) + "-" * 50 + "\n" + ORIG)
    return ("<Postmaster@ezweb.ne.jp>", "Mail System Error - Returned Mail",
            "text/plain; charset=%s" % charset, ("", cte),
            encode_body(enc(human, charset), cte))


def biglobe(lang, host, rcpts, charset, cte, boundary):
    lines = "".join("%s\n\n   ----- Non-delivered information -----\n%s\n"
                    "\n" % (a, d) for a, d, c, r, s in rcpts)
    human = ("   ----- The following addresses had delivery problems "
             "-----\n" + lines)
    body = ("This is a MIME-encapsulated message.\n\n--%s\n"
            "Content-Type: text/plain; charset=\"%s\"\n\n%s\n--%s\n"
            "Content-Type: message/rfc822\n\n%s\n--%s--\n") % (
                boundary, charset, enc(human, charset).decode("ascii"),
                boundary, ORIG, boundary)
    frm = "postmaster@biglobe.ne.jp"
    return (frm, "Returned mail: Delivery failed",
            "multipart/mixed; boundary=\"%s\"" % boundary, None, body)


def plain(lang, host, rcpts, charset, cte, boundary):
    """A provider's own notice: a sentence, then address and reason."""
    if lang == "es":
        head, who, why, subj = (ES_TEXT, "Destinatario", "Motivo",
                                "Mensaje no entregado")
    elif lang == "it":
        head = ("Questi destinatari del messaggio sono stati elaborati dal "
                "server di posta:\n\n")
        lines = "".join("%s; Failed; %s\n\n" % (a, d)
                        for a, d, c, r, s in rcpts)
        human = head + lines
        frm = "Amministratore di sistema <postmaster@%s>" % host
        return (frm, word("Non recapitabile: Offerta", charset),
                "text/plain; charset=%s" % charset, ("", cte),
                encode_body(enc(human, charset), cte))
    else:
        head, who, why, subj = (KO_TEXT, "받는 사람", "실패 사유",
                                "메일 발송 실패 안내")
    lines = "".join("%s: %s\n%s: %s\n\n" % (who, a, why, d)
                    for a, d, c, r, s in rcpts)
    human = head + lines
    frm = "MAILER-DAEMON@%s" % host
    return (frm, word(subj, charset), "text/plain; charset=%s" % charset,
            ("", cte), encode_body(enc(human, charset), cte))


FRAMES = {"postfix": postfix, "exim": exim, "mailru": mailru,
          "dtag": dtag, "dti": dti, "biglobe": biglobe, "plain": plain,
          "ezweb": ezweb}

ORIG = ("From: Vertrieb <sales@exporter.example.com>\n"
        "To: buyer@customer.example\n"
        "Subject: Quotation No. 2026-118\n"
        "Date: Tue, 1 Dec 2026 09:58:00 +0100\n"
        "Message-ID: <q2026118@exporter.example.com>\n")

# language, frame, reporting host, charset, transfer encoding,
# [(recipient, diagnostic, category, reason, source)]
NOTICES = [
    ("de", "postfix", "mail.exporter.example.com", "iso-8859-1",
     "quoted-printable", [
        ("k.mueller@gmx.de", "550 5.1.1 <k.mueller@gmx.de>... User is "
         "unknown", "invalid", "userunknown", "sitepackage")]),
    ("de", "postfix", "mail.exporter.example.com", "iso-8859-15",
     "quoted-printable", [
        ("s.schmidt@web.de", "550 Benutzer hat das Speichervolumen "
         "ueberschritten. / User has exhausted allowed storage space.",
         "full", "mailboxfull", "sitepackage"),
        ("t.weber@web.de", "550 Benutzer hat zuviele Mails auf dem Server. "
         "/ User has too many messages on the server.", "full",
         "mailboxfull", "sitepackage")]),
    ("de", "exim", "mout.exporter.example.de", "windows-1252",
     "quoted-printable", [
        ("j.fischer@web.de", "550 Benutzer nicht bekannt/User unknown",
         "invalid", "userunknown", "sitepackage"),
        ("a.wagner@gmx.de", "550 5.2.1 <a.wagner@gmx.de>... User is "
         "inactive", "invalid", "suspend", "sitepackage")]),
    ("de", "dtag", "t-online.de", "us-ascii", "7bit", [
        ("m.becker@t-online.de", "552 5.2.2 <m.becker@t-online.de> Quota "
         "exceeded (mailbox for user is full)", "full", "mailboxfull",
         "dtag")]),
    ("de", "dtag", "t-online.de", "us-ascii", "7bit", [
        ("p.hoffmann@t-online.de", "550 5.1.1 user unknown", "invalid",
         "userunknown", "sitepackage")]),
    ("de", "exim", "mout.exporter.example.de", "iso-8859-1",
     "quoted-printable", [
        ("h.schulz@gmx.net", "421 Rate limit reached. Please try again "
         "later", "retry-later", "toomanyconn", "gmxnews")]),
    ("de", "postfix", "mail.exporter.example.com", "windows-1252",
     "quoted-printable", [
        ("info@handel.example.de", "550 Unknown local part info in "
         "<info@handel.example.de>", "invalid", "userunknown",
         "sitepackage"),
        ("kontakt@freenet.example.de", "550 unrouteable address",
         "invalid", "hostunknown", "sitepackage")]),
    ("de", "exim", "mout.exporter.example.de", "utf-8", "quoted-printable", [
        ("l.koch@gmx.de", "552 Requested mail action aborted: exceeded "
         "storage allocation, Quota exceeded", "full", "mailboxfull",
         "gmxnews")]),
    ("de", "postfix", "mail.exporter.example.com", "iso-8859-1",
     "quoted-printable", [
        ("g.klein@t-online.de", "554 IP=192.0.2.1 - A problem occurred. "
         "(Ask your postmaster for help or to contact tosa@rx.t-online.de "
         "to clarify.) (BL)", "blocked", "blocked", "tonline")]),
    ("pt", "exim", "srv01.hospedagem.example.com.br", "utf-8",
     "quoted-printable", [
        ("fernanda@importadora.example.com.br", "550 Endereço de e-mail "
         "não existe", "invalid", "userunknown", "nk")]),
    ("es", "exim", "mail.exportador.example.es", "iso-8859-1",
     "quoted-printable", [
        ("sachp@latinmail.com", "550 <sachp@latinmail.com>: Destinatario "
         "desconocido o mailbox lleno", "full", "mailboxfull",
         "latinmail")]),
    ("ru", "mailru", "mail.ru", "koi8-r", "base64", [
        ("der@mail.ru", "550 Message was not accepted -- invalid mailbox.  "
         "Local mailbox der@mail.ru is unavailable: user is terminated",
         "invalid", "suspend", "mailru2")]),
    ("pt", "postfix", "mail.exportadora.example.com.br", "utf-8",
     "quoted-printable", [
        ("joao.silva@uol.com.br", "550 5.1.1 <joao.silva@uol.com.br>: "
         "Recipient address rejected: User unknown in virtual mailbox "
         "table", "invalid", "userunknown", "bs2")]),
    ("pt", "postfix", "mail.exportadora.example.com.br", "iso-8859-1",
     "quoted-printable", [
        ("maria.souza@bol.com.br", "552 5.2.2 User is over quota", "full",
         "mailboxfull", "ccm"),
        ("pedro.lima@terra.com.br", "550 5.1.1 <pedro.lima@terra.com.br>: "
         "Recipient address rejected: User unknown in relay recipient "
         "table", "invalid", "userunknown", "ccm")]),
    ("pt", "exim", "srv01.hospedagem.example.com.br", "utf-8",
     "quoted-printable", [
        ("compras@loja.example.com.br", "552 Mailbox is full", "full",
         "mailboxfull", "netbit"),
        ("vendas@distribuidora.example.br", "Unrouteable address",
         "invalid", "hostunknown", "netbit")]),
    ("pt", "exim", "srv01.hospedagem.example.com.br", "iso-8859-1",
     "quoted-printable", [
        ("ana.costa@cliente.example.pt", "421 Servidor temporariamente "
         "indisponível. Tente novamente mais tarde. IB101", "retry-later",
         "undefined", "ixone")]),
    ("pt", "postfix", "mail.exportadora.example.pt", "utf-8",
     "quoted-printable", [
        ("rui.santos@empresa.example.pt", "550 Account does not exist",
         "invalid", "userunknown", "ixone"),
        ("ines.alves@empresa.example.pt", "552 Account storage limit",
         "full", "mailboxfull", "ixone")]),
    ("es", "plain", "correo.proveedor.example.es", "windows-1252",
     "quoted-printable", [
        ("jgarcia@cliente.example.es", "Usuario inexistente", "invalid",
         "userunknown", "alexborras")]),
    ("es", "plain", "correo.proveedor.example.es", "iso-8859-1",
     "quoted-printable", [
        ("mlopez@cliente.example.ar", "Esta casilla ha expirado por falta "
         "de uso", "invalid", "suspend", "alexborras")]),
    ("es", "plain", "correo.proveedor.example.es", "utf-8", "base64", [
        ("cmartin@cliente.example.mx", "correo lleno", "full",
         "mailboxfull", "alexborras")]),
    ("es", "plain", "correo.proveedor.example.es", "windows-1252",
     "quoted-printable", [
        ("psanchez@cliente.example.cl", "tiempo de entrega vencido",
         "retry-later", "expired", "alexborras")]),
    ("es", "plain", "correo.proveedor.example.es", "iso-8859-15",
     "quoted-printable", [
        ("lrodriguez@cliente.example.es", "El usuario "
         "lrodriguez@cliente.example.es no se encuentra en el Directorio "
         "de Domino", "invalid", "userunknown", "alexborras")]),
    ("es", "postfix", "correo.exportador.example.es", "windows-1252",
     "quoted-printable", [
        ("dgomez@cliente.example.es", "550 5.1.1 "
         "<dgomez@cliente.example.es>: Recipient address rejected: User "
         "unknown in local recipient table", "invalid", "userunknown",
         "emailacademy")]),
    ("fr", "postfix", "mail.exportateur.example.fr", "iso-8859-15",
     "quoted-printable", [
        ("j.martin@client.example.fr", "552 5.2.2 Mailbox full", "full",
         "mailboxfull", "emailacademy"),
        ("c.durand@client.example.fr", "550 5.1.1 "
         "<c.durand@client.example.fr>: Recipient address rejected: User "
         "unknown in local recipient table", "invalid", "userunknown",
         "emailacademy")]),
    ("fr", "exim", "mail.exportateur.example.fr", "utf-8",
     "quoted-printable", [
        ("p.leroy@client.example.fr", "550 ERROR Mailbox doesn't exist",
         "invalid", "userunknown", "01net")]),
    ("fr", "postfix", "mail.exportateur.example.fr", "iso-8859-1",
     "quoted-printable", [
        ("contact@client.example.be", "Host or domain name not found. "
         "Name service error for name=client.example.be type=MX: Host not "
         "found", "invalid", "hostunknown", "jouwweb")]),
    ("fr", "exim", "mail.exportateur.example.fr", "iso-8859-15",
     "quoted-printable", [
        ("s.moreau@client.example.ch", "552 5.2.2 Quota exceeded (Mailbox "
         "for user is full)", "full", "mailboxfull", "jouwweb")]),
    ("it", "plain", "esportatore.example.it", "iso-8859-1",
     "quoted-printable", [
        ("tizio@virgilio.it", "5.2.2 (mailbox full) Remote MTA "
         "ims1c.cp.tin.it: SMTP diagnostic: 443 RCPT TO:<tizio@virgilio.it> "
         "Mailbox disk quota exceeded", "full", "mailboxfull", "xoomer")]),
    ("it", "postfix", "mail.esportatore.example.it", "utf-8",
     "quoted-printable", [
        ("m.rossi@libero.it", "550 5.1.1 Bad destination mailbox address",
         "invalid", "userunknown", "libero"),
        ("g.bianchi@libero.it", "552 5.2.2 Mailbox full (User quota "
         "exceeded)", "full", "mailboxfull", "libero")]),
    ("nl", "postfix", "mail.exporteur.example.nl", "utf-8",
     "quoted-printable", [
        ("j.devries@klant.example.nl", "550 5.1.1 "
         "<j.devries@klant.example.nl>: Recipient address rejected: User "
         "Unknown", "invalid", "userunknown", "jouwweb"),
        ("m.jansen@klant.example.nl", "552 5.2.2 Quota exceeded (Mailbox "
         "for user is full)", "full", "mailboxfull", "jouwweb")]),
    ("nl", "exim", "mail.exporteur.example.nl", "utf-8", "quoted-printable", [
        ("inkoop@klant.example.be", "552 Message size exceeds fixed limit",
         "content", "mesgtoobig", "jouwweb")]),
    ("pl", "postfix", "mail.eksporter.example.pl", "iso-8859-2",
     "quoted-printable", [
        ("jan.kowalski@interia.pl", "550 5.1.1 Account not found",
         "invalid", "userunknown", "interia"),
        ("anna.nowak@interia.pl", "550 5.7.1 Recipient doesn't want your "
         "mail", "blocked", "filtered", "interia")]),
    ("pl", "postfix", "mail.eksporter.example.pl", "utf-8",
     "quoted-printable", [
        ("biuro@klient.example.pl", "sys_lock quota exceeded", "full",
         "mailboxfull", "kontopl")]),
    ("ru", "mailru", "mail.ru", "koi8-r", "base64", [
        ("ivan.petrov@mail.ru", "550 Message was not accepted -- invalid "
         "mailbox. Local mailbox ivan.petrov@mail.ru is unavailable: user "
         "not found", "invalid", "userunknown", "mailru")]),
    ("ru", "mailru", "mail.ru", "utf-8", "base64", [
        ("olga.ivanova@mail.ru", "552 5.2.2 Mailbox is full", "full",
         "mailboxfull", "mailru")]),
    ("ru", "postfix", "mail.exporter.example.ru", "koi8-r",
     "quoted-printable", [
        ("sergey@yandex.ru", "550 5.7.1 No such user!", "invalid",
         "userunknown", "yandex"),
        ("elena@yandex.ru", "552 5.2.2 Mailbox size limit exceeded",
         "full", "mailboxfull", "yandex")]),
    ("ru", "postfix", "mail.exporter.example.ru", "utf-8",
     "quoted-printable", [
        ("dmitry@yandex.ru", "554 5.7.1 Message rejected under suspicion "
         "of SPAM", "content", "spamdetected", "yandex")]),
    ("tr", "postfix", "mail.ihracatci.example.com.tr", "utf-8",
     "quoted-printable", [
        ("mehmet@yandex.com.tr", "550 5.7.1 No such user!", "invalid",
         "userunknown", "yandex"),
        ("ayse@musteri.example.com.tr", "552 Mailbox size exceeded",
         "full", "mailboxfull", "yandex2")]),
    ("tr", "exim", "srv1.hosting.example.com.tr", "utf-8",
     "quoted-printable", [
        ("muhasebe@musteri.example.com.tr", "550 This user's mailbox is "
         "full (muhasebe@musteri.example.com.tr) - Try again later", "full",
         "mailboxfull", "backlink"),
        ("bilgi@musteri.example.com.tr", "550 Recipient Rejected: No "
         "account by that name here", "invalid", "userunknown",
         "backlink")]),
    ("tr", "exim", "srv1.hosting.example.com.tr", "iso-8859-9",
     "quoted-printable", [
        ("destek@firma.example.com.tr", "Mailbox quota exceeded", "full",
         "mailboxfull", "ixirhost")]),
    ("tr", "postfix", "mail.ihracatci.example.com.tr", "iso-8859-9",
     "quoted-printable", [
        ("satis@musteri.example.com.tr", "550 5.7.1 Sorry, message looks "
         "like SPAM to me", "content", "spamdetected", "yandex2")]),
    ("ja-en", "dti", "dti.ne.jp", "iso-2022-jp", "7bit", [
        ("pwd1234567@m1.point.ne.jp", "のユーザーは登録されていません",
         "invalid", "userunknown", "dti")]),
    ("ja", "dti", "dti.ne.jp", "shift_jis", "base64", [
        ("yamada@torihiki.example.jp", "のユーザーは登録されていません",
         "invalid", "userunknown", "dti"),
        ("suzuki@torihiki.example.jp", "のユーザーは登録されていません",
         "invalid", "userunknown", "dti")]),
    ("ja", "ezweb", "ezweb.ne.jp", "iso-2022-jp", "7bit", [
        ("hanako@ezweb.ne.jp", "The user(s) account is temporarily over "
         "quota.", "full", "mailboxfull", "ezweb")]),
    ("ja", "ezweb", "ezweb.ne.jp", "iso-2022-jp", "7bit", [
        ("taro@ezweb.ne.jp", "The user(s) account is disabled.", "invalid",
         "suspend", "ezweb")]),
    ("ja", "ezweb", "ezweb.ne.jp", "iso-2022-jp", "7bit", [
        ("jiro@ezweb.ne.jp", "550 <jiro@ezweb.ne.jp>: User unknown",
         "invalid", "userunknown", "ezweb")]),
    ("ja", "biglobe", "biglobe.ne.jp", "iso-2022-jp", "7bit", [
        ("tanaka@kyaku.biglobe.ne.jp", "The number of messages in "
         "recipient's mailbox exceeded the local limit.", "full",
         "mailboxfull", "biglobe")]),
    ("ja", "postfix", "mail.yushutsu.example.co.jp", "iso-2022-jp", "7bit", [
        ("info@torisaki.example.co.jp", "550 Host unknown", "invalid",
         "hostunknown", "catv"),
        ("kato@torisaki.example.jp", "552 mailbox is full", "full",
         "mailboxfull", "catv")]),
    ("ko", "plain", "mail.suchul.example.co.kr", "euc-kr", "base64", [
        ("kim@partner.example.co.kr", "550 5.1.1 RUSR 192.0.2.80: No such "
         "user: <kim@partner.example.co.kr>", "invalid", "userunknown",
         "oliveit")]),
    ("ko", "plain", "mail.suchul.example.co.kr", "euc-kr", "base64", [
        ("lee@hanmail.net", "550 5.1.1 Inactive mbox", "invalid", "suspend",
         "puffin"),
        ("park@hanmail.net", "552 Requested mail action aborted: exceeded "
         "storage allocation", "full", "mailboxfull", "puffin")]),
    ("ko", "postfix", "mail.suchul.example.co.kr", "euc-kr",
     "quoted-printable", [
        ("choi@naver.com", "421 4.3.2 Your IP(192.0.2.9) is filtered and "
         "this connection will be closed. You must register your IP to "
         "http://realip.naver.com", "blocked", "blocked", "puffin"),
        ("jung@partner.example.co.kr", "550 The recipient's mailbox is "
         "full", "full", "mailboxfull", "foxydog")]),
    ("ko", "postfix", "mail.suchul.example.co.kr", "utf-8",
     "quoted-printable", [
        ("kang@hanmail.net", "421 4.4.1 CHIC 192.0.2.10: Network is busy.",
         "retry-later", "undefined", "oliveit"),
        ("yoon@partner.example.co.kr", "550 You are registered as spammer "
         "(by user's reject list)", "blocked", "filtered", "puffin"),
        ("han@hanmail.net", "550 5.1.1 Suspended user", "invalid",
         "suspend", "puffin")]),
]


def build(n, notice):
    lang, frame, host, charset, cte, rcpts = notice
    boundary = "%s.%03d/%s" % (frame, n, host)
    frm, subj, ctype, extra, body = FRAMES[frame](lang, host, rcpts,
                                                  charset, cte, boundary)
    # Postfix and Exim mark their notices (RFC 3834); the others do not.
    auto = ("Auto-Submitted: auto-replied\n"
            if frame in ("postfix", "exim", "mailru") else "")
    head = ("Return-Path: <>\n"
            "Received: from %s (%s [192.0.2.1])\n"
            "\tby mail.exporter.example.com (Postfix) with ESMTPS;\n"
            "\tTue, 1 Dec 2026 10:%02d:00 +0100 (CET)\n"
            "From: %s\n"
            "To: sales@exporter.example.com\n"
            "Subject: %s\n"
            "Date: Tue, 1 Dec 2026 10:%02d:00 +0100\n"
            "Message-ID: <%s.%03d@%s>\n"
            "%s"
            "MIME-Version: 1.0\n"
            "Content-Type: %s\n") % (host, host, n % 60, frm, subj, n % 60,
                                     frame, n, host, auto, ctype)
    if extra is not None:
        head += extra[0] + "Content-Transfer-Encoding: %s\n" % extra[1]
    return (head + "\n" + body).encode("ascii")


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(__file__))
    os.makedirs(os.path.join(top, "maildir"), exist_ok=True)
    count = {}
    with open(os.path.join(top, "truth.jsonl"), "w") as truth:
        for n, notice in enumerate(NOTICES, 1):
            key = "%s-%s" % (notice[0], notice[1])
            count[key] = count.get(key, 0) + 1
            name = "maildir/%s-%02d.eml" % (key, count[key])
            with open(os.path.join(top, name), "wb") as f:
                f.write(build(n, notice))
            recipients = [{"addr": a, "category": c, "reason": r,
                           "status": "", "code": "", "hard": c == "invalid",
                           "diagnostic": d, "src": SRC[s]}
                          for a, d, c, r, s in notice[5]]
            truth.write(json.dumps({"file": name, "kind": "bounce",
                                    "recipients": recipients},
                                   ensure_ascii=False, sort_keys=True) +
                        "\n")


if __name__ == "__main__":
    main()
