"""Query budgets of the application form: the page as every page costs (the call itself, 1),
and its cities in the reader's language (2, `OpenCallPage.localized_cities`); receiving one
application adds its one INSERT. Counted, not guessed: changing a number is a decision."""

from .conftest import valid_answers

FORM_QUERIES = 3
RECEIVED_QUERIES = 4


def test_the_form_stays_within_its_budget(client, open_call, django_assert_num_queries):
    url = open_call["fr"].url + "apply/"
    client.get(url)  # warm the shared cache, as any running server has
    with django_assert_num_queries(FORM_QUERIES):
        assert client.get(url).status_code == 200


def test_receiving_stays_within_its_budget(client, open_call, django_assert_num_queries):
    call = open_call["fr"]
    client.get(call.url + "apply/")
    answers = valid_answers(call)
    with django_assert_num_queries(RECEIVED_QUERIES):
        assert client.post(call.url + "apply/", answers).status_code == 200
