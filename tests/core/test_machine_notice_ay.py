"""Classes found on set AY (machine_mail_ay_tune), checked on variants written here:

- a person's order or parcel number (订单号, 快递单号) is no helpdesk's ticket number, and her
  plea to handle it soon (能不能尽快处理) no desk's promise to answer; a helpdesk's receipt with
  its 工单号 and "我们会尽快回复" stays a notice;
- a Catalan bulletin whose footer says why the reader gets it and to answer with "BAIXA" in the
  subject to leave is list mail.
"""

from supportmail.core.types import Kind
from tests.support.mailkind import kind, new_mail


def test_a_chinese_request_with_an_order_number_and_a_plea_stays_a_person() -> None:
    body = (
        "你好，\n\n我上周在你们官网买的破壁机，订单号 HW-CN-7782301，收到后发现机身有一条裂痕。"
        "快递单号 SF1234567890。麻烦帮我看一下，能不能尽快处理退款，谢谢！\n\n张婷"
    )
    assert kind(new_mail("张婷 <1538827760@qq.example>", "关于订单退款的问题"), body) is Kind.HUMAN


def test_a_chinese_helpdesk_receipt_stays_a_notice() -> None:
    body = (
        "您好，\n\n我们已收到您的邮件，您的工单号为 CS-20250828-0192。我们会尽快回复您。\n\n"
        "此邮件为系统自动发送，请勿直接回复。"
    )
    head = new_mail("客服中心 <service@shop.example>", "您的请求已受理")
    assert kind(head, body) is not Kind.HUMAN


def test_a_catalan_bulletin_with_a_way_out_by_mail_is_list_mail() -> None:
    body = (
        "Benvolguda empresa proveïdora,\n\nUs fem arribar el butlletí mensual amb les novetats: "
        "https://contractacio.example/perfil\n\nCordialment,\nNúria Vidal\n\n"
        "Rebeu aquest butlletí perquè la vostra empresa consta al registre de proveïdors. Si no "
        "voleu rebre'l més, responeu a aquest correu amb la paraula BAIXA a l'assumpte."
    )
    head = (
        "From: Oficina de Contractació <contractacio@ajuntament.example>\n"
        "To: contractacio@ajuntament.example\nSubject: Butlletí de proveïdors\n"
        "X-Mailer: Microsoft Outlook 16.0\n"
    )
    assert kind(head, body) is Kind.BULK
