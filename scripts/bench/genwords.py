"""The words of the generated corpus (scripts/bench/gen.py): languages, charsets, names."""

# (language, charset, transfer encodings, weight)
CHARSETS = (
    ("en", "utf-8", ("7bit", "quoted-printable"), 0.45),
    ("de", "iso-8859-1", ("quoted-printable", "8bit"), 0.10),
    ("de", "utf-8", ("quoted-printable", "base64", "8bit"), 0.10),
    ("fr", "windows-1252", ("quoted-printable", "8bit"), 0.15),
    ("ja", "iso-2022-jp", ("7bit",), 0.10),
    ("ru", "koi8-r", ("8bit", "base64"), 0.10),
)
PHRASES = {
    "en": (
        "Hello support team,|My kettle stopped working after two weeks.|"
        "The lid of the coffee grinder does not close any more.|Order 48213 arrived damaged.|"
        "Could you please send a replacement or refund me?|I attached a photo of the box.|"
        "The delivery was supposed to come on Monday but nothing arrived.|"
        "We run 40 of your dispensers in our office and three of them leak.|"
        "Is the warranty still valid if I bought it from a reseller?|"
        "This is urgent, our café opens tomorrow morning.|Thanks in advance for your help.|"
        "Best regards,"
    ),
    "de": (
        "Guten Tag,|mein Wasserkocher schaltet sich nach zwei Minuten ab.|"
        "Die Lieferung kam beschädigt an, der Deckel ist gebrochen.|"
        "Könnten Sie mir bitte einen Ersatz schicken?|Ich habe die Rechnung beigefügt.|"
        "Das Gerät ist erst drei Wochen alt und funktioniert nicht mehr.|"
        "Bitte um schnelle Rückmeldung, wir brauchen es für unser Büro.|Vielen Dank im Voraus!|"
        "Mit freundlichen Grüßen"
    ),
    "fr": (
        "Bonjour,|ma bouilloire ne chauffe plus depuis hier.|"
        "Le colis est arrivé abîmé, la poignée est cassée.|"
        "Pourriez-vous m’envoyer un remplacement ?|J’ai payé 49 € – la facture est jointe.|"
        "C’est « urgent » : notre café ouvre lundi.|Je reste à votre disposition.|"
        "Merci d’avance, cordialement"
    ),
    "ja": (
        "お世話になっております。|先週購入した電気ケトルが動かなくなりました。|"
        "蓋が閉まらず、お湯が漏れます。|交換または返金をお願いできますでしょうか。|"
        "注文番号は48213です。|お手数ですが、ご対応よろしくお願いいたします。"
    ),
    "ru": (
        "Здравствуйте!|Мой чайник перестал работать через неделю.|"
        "Посылка пришла повреждённой, крышка сломана.|Пожалуйста, пришлите замену.|"
        "Номер заказа 48213.|Заранее спасибо за помощь.|С уважением,"
    ),
}
SUBJECTS = {
    "en": ("Kettle broken", "Order 48213 damaged", "Refund request", "Dispensers leaking"),
    "de": ("Wasserkocher defekt", "Lieferung beschädigt", "Rückerstattung bitte"),
    "fr": ("Bouilloire en panne", "Colis abîmé – remboursement", "Problème de livraison"),
    "ja": ("電気ケトルの故障について", "商品破損のご連絡"),
    "ru": ("Сломался чайник", "Повреждённая посылка"),
}
NAMES = {
    "en": ("Alice Walker", "Bob Chen", "Carol Smith", "Dan O'Neill"),
    "de": ("Jürgen Müller", "Anna Schäfer", "Klaus Weiß"),
    "fr": ("Hélène Dubois", "François Lefèvre", "Zoé Martin"),
    "ja": ("山田 太郎", "佐藤 花子"),
    "ru": ("Иван Петров", "Ольга Смирнова"),
}
CODECS = {"iso-8859-1": "latin-1", "windows-1252": "cp1252"}
ATTACHMENTS = (
    ("application/pdf", "invoice.pdf", b"%PDF-1.4\n"),
    ("image/png", "photo.png", b"\x89PNG\r\n\x1a\n"),
    ("text/csv", "devices.csv", b""),
    ("application/zip", "logs.zip", b"PK\x03\x04"),
)
