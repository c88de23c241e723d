#!/usr/bin/env python3
"""Builds tests/corpus/ordinary/maildir: a synthetic mailbox of ordinary
business mail (no notice among it) as a trading company's sales desk
receives it in China, Germany and Brazil: quotes, orders, invoices,
shipping, meetings, newsletters and replies to them, in English, German,
Portuguese, Spanish, French and Chinese, subjects RFC 2047-encoded as mail
programs write them (B for Chinese, Q for the others' accented words).

It measures how much ordinary mail the harvest's mailbox search fetches
for nothing (tests/corpus/candidates.c); it holds no bounce, so any
notice the reader finds in it is a false positive as well.

usage: make.py [DIR]   (default: the directory of this script)
Rerunning it rewrites the same bytes.
"""
import base64
import os
import quopri
import sys

TOPICS = {
    "en": ["Quotation for {p}", "Order {n} confirmed", "Invoice {n}",
           "Shipping schedule for order {n}", "Meeting on Thursday",
           "Price list {y}", "Samples of {p}", "Payment received, thank you",
           "Question about the delivery date", "Contract draft v{k}",
           "Weekly newsletter: new {p}", "Visit to our factory",
           "Packing list and B/L for {n}", "Credit note {n}",
           "Trade fair invitation", "Shipment rejected at customs",
           "Out of stock: {p}"],
    "de": ["Angebot für {p}", "Auftragsbestätigung {n}", "Rechnung {n}",
           "Lieferung der Bestellung {n}", "Termin am Donnerstag",
           "Preisliste {y}", "Muster {p}", "Zahlungseingang bestätigt",
           "Frage zum Liefertermin", "Vertragsentwurf v{k}",
           "Rückfrage zur Verpackung", "Einladung zur Messe",
           "Paket nicht zugestellt, bitte prüfen"],
    "pt": ["Cotação de {p}", "Pedido {n} confirmado", "Nota fiscal {n}",
           "Previsão de embarque do pedido {n}", "Reunião na quinta-feira",
           "Tabela de preços {y}", "Amostras de {p}",
           "Pagamento recebido", "Dúvida sobre o prazo de entrega",
           "Minuta do contrato v{k}", "Convite para a feira",
           "Destinatário ausente na entrega do pedido {n}"],
    "es": ["Cotización de {p}", "Pedido {n} confirmado", "Factura {n}",
           "Envío del pedido {n}", "Reunión el jueves"],
    "fr": ["Devis pour {p}", "Commande {n} confirmée", "Facture {n}",
           "Expédition de la commande {n}", "Réunion jeudi"],
    "zh": ["关于{p}的报价", "订单{n}已确认", "发票{n}", "订单{n}的发货安排",
           "周四开会", "{y}年价格表", "{p}样品", "货款已收到，谢谢",
           "关于交货期的问题", "合同草案第{k}版", "展会邀请",
           "退货申请：订单{n}"],
}
PRODUCTS = {
    "en": "steel pipes", "de": "Edelstahlrohre", "pt": "tubos de aço",
    "es": "tubos de acero", "fr": "tubes en acier", "zh": "不锈钢管",
}
PREFIX = {
    "en": ["", "Re: ", "RE: ", "Fwd: "], "de": ["", "AW: ", "WG: ", "Re: "],
    "pt": ["", "RES: ", "Re: ", "ENC: "], "es": ["", "RE: ", "RV: "],
    "fr": ["", "RE : ", "TR : "], "zh": ["", "回复：", "答复: ", "转发："],
}
PEOPLE = {
    "en": ("John Miller", "customer.example"),
    "de": ("Jürgen Weiß", "kunde.example"),
    "pt": ("João Conceição", "cliente.example"),
    "es": ("Lucía Martínez", "cliente.example"),
    "fr": ("Hélène Dubois", "client.example"),
    "zh": ("王小明", "kehu.example"),
}
BODY = {
    "en": "Dear colleague,\n\nplease find the details below.\n\nBest "
          "regards\n",
    "de": "Sehr geehrte Damen und Herren,\n\nanbei die Einzelheiten.\n\n"
          "Mit freundlichen Grüßen\n",
    "pt": "Prezados,\n\nseguem os detalhes abaixo.\n\nAtenciosamente\n",
    "es": "Estimados,\n\nles envío los detalles.\n\nSaludos cordiales\n",
    "fr": "Bonjour,\n\nveuillez trouver les détails ci-dessous.\n\n"
          "Cordialement\n",
    "zh": "您好，\n\n详情请见下文。\n\n此致\n敬礼\n",
}


def encode_words(text, lang):
    """The subject as a mail program writes it: ASCII as is, else one
    encoded word (B for Chinese, Q for Latin scripts)."""
    if text.isascii():
        return text
    raw = text.encode("utf-8")
    if lang == "zh":
        return "=?UTF-8?B?" + base64.b64encode(raw).decode() + "?="
    q = quopri.encodestring(raw, header=True).decode()
    return "=?UTF-8?Q?" + q.replace("?", "=3F") + "?="


def display(name):
    if name.isascii():
        return '"%s"' % name
    return "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="


def message(i, lang, topic, prefix):
    name, domain = PEOPLE[lang]
    local = "buyer%02d" % (i % 17)
    subject = prefix + topic.format(p=PRODUCTS[lang], n=45000 + i,
                                    y=2027, k=1 + i % 4)
    day = 1 + i % 28
    body = base64.encodebytes(BODY[lang].encode()).decode()
    return ("Return-Path: <%s@%s>\n"
            "Received: from mail.%s (mail.%s [192.0.2.%d])\n"
            "\tby mx.exporter.example.com with ESMTPS;\n"
            "\tMon, %d Nov 2026 09:%02d:00 +0100\n"
            "From: %s <%s@%s>\n"
            "To: sales@exporter.example.com\n"
            "Subject: %s\n"
            "Date: Mon, %d Nov 2026 09:%02d:00 +0100\n"
            "Message-ID: <ord.%04d@%s>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n"
            "\n%s") % (local, domain, domain, domain, 1 + i % 250, day,
                       i % 60, display(name), local, domain,
                       encode_words(subject, lang), day, i % 60, i, domain,
                       body)


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else \
        os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(base, "maildir")
    os.makedirs(out, exist_ok=True)
    i = 0
    for lang, topics in TOPICS.items():
        for prefix in PREFIX[lang]:
            for topic in topics:
                i += 1
                path = os.path.join(out, "%04d-%s.eml" % (i, lang))
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(message(i, lang, topic, prefix))
    print("wrote %d messages to %s" % (i, out))


if __name__ == "__main__":
    main()
