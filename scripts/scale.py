"""Many resources at once, for `make bench`'s scale section (scripts/bench.py): only ever in the
bench's throwaway database.

Pages are written in bulk (treebeard paths computed here, the page rows with `bulk_create`, the
resource rows with one INSERT per batch) rather than through `add_child`, which takes a few
queries and signals per page: 10,000 resources take seconds, not minutes. They are then added to
the search index in batches, as `rebuild_modelsearch_index` would.

The text is drawn from a small vocabulary per language with a fixed seed, so every run makes the
same library: a common word ("security" in English) is in about a third of the resources, a rare
one ("burnout") in a handful, as in the demo.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from resources.choices import Format, Level
from resources.models import (
    ResourceDocument,
    ResourceDownload,
    ResourceIndexPage,
    ResourcePage,
    Topic,
)

SEED = 17
SUBJECT_WORDS = 12  # of the language's 40 or so
RARE_EVERY = 1500  # one resource in this many has the language's rare word

# Language -> (words, rare word). Common words of the library's subjects, so that searches for
# them match many resources, as a real library's would.
WORDS = {
    "en": (
        "security digital phone password account encryption backup travel border office "
        "stress sleep care team colleague risk plan network journalist lawyer threat device "
        "message court evidence safe home family support community training guide data "
        "meeting contact protection report court archive",
        "burnout",
    ),
    "fr": (
        "sécurité numérique téléphone mot passe compte chiffrement sauvegarde voyage frontière "
        "bureau stress sommeil soin équipe collègue risque plan réseau journaliste avocate "
        "menace appareil message tribunal preuve maison famille soutien communauté formation "
        "guide données réunion contact protection rapport archive",
        "épuisement",
    ),
    "es": (
        "seguridad digital teléfono contraseña cuenta cifrado copia viaje frontera oficina "
        "estrés sueño cuidado equipo colega riesgo plan red periodista abogada amenaza "
        "dispositivo mensaje tribunal prueba casa familia apoyo comunidad formación guía datos "
        "reunión contacto protección informe archivo",
        "agotamiento",
    ),
    "pt": (
        "segurança digital telefone senha conta cifragem cópia viagem fronteira escritório "
        "estresse sono cuidado equipe colega risco plano rede jornalista advogada ameaça "
        "dispositivo mensagem tribunal prova casa família apoio comunidade formação guia dados "
        "reunião contato proteção relatório arquivo",
        "esgotamento",
    ),
    "ru": (
        "безопасность цифровой телефон пароль аккаунт шифрование копия поездка граница офис "
        "стресс сон забота команда коллега риск план сеть журналист адвокат угроза устройство "
        "сообщение суд доказательство дом семья поддержка сообщество обучение руководство "
        "данные встреча контакт защита отчёт архив",
        "выгорание",
    ),
    "ar": (
        "الأمان الرقمي الهاتف كلمة الحساب التشفير نسخة السفر الحدود المكتب التوتر النوم "
        "الرعاية الفريق الزميل الخطر الخطة الشبكة الصحفي المحامية التهديد الجهاز الرسالة "
        "المحكمة الدليل المنزل العائلة الدعم المجتمع التدريب الدليل البيانات الاجتماع الاتصال "
        "الحماية التقرير الأرشيف",
        "الإنهاك",
    ),
}


def step(number):
    """Treebeard's path step for a page's `number`-th child (base 36, four characters)."""
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    for _ in range(Page.steplen):
        number, digit = divmod(number, 36)
        text = digits[digit] + text
    return text


def libraries():
    """Language code -> the library of that language (the first, by tree order)."""
    result = {}
    for index in ResourceIndexPage.objects.select_related("locale").order_by("path"):
        result.setdefault(index.locale.language_code, index)
    return result


def text(rng, words, rare, length):
    chosen = [rng.choice(words) for _ in range(length)]
    if rare:
        chosen[rng.randrange(length)] = rare
    return " ".join(chosen)


@transaction.atomic
def add_resources(count, seed=SEED):
    """Add `count` live resources spread over the libraries of every language; a fifth of them
    are translations of another (the same translation key), a third have a file of the demo's.
    Returns how many were added."""
    rng = random.Random(seed)  # noqa: S311 (made-up content, not secrets)
    indexes = libraries()
    languages = sorted(indexes)
    topics = {
        code: list(Topic.objects.filter(locale=index.locale_id)) for code, index in indexes.items()
    }
    documents = list(ResourceDocument.objects.values_list("pk", flat=True))
    content_type = ContentType.objects.get_for_model(ResourcePage)
    now = timezone.now()
    next_child = {}
    for code, index in indexes.items():
        last = index.get_children().order_by("-path").values_list("path", flat=True).first()
        next_child[code] = int(last[-Page.steplen :], 36) + 1 if last else 1
    keys_by_language = {code: [] for code in languages}

    pages = []
    for number in range(count):
        code = languages[number % len(languages)]
        index = indexes[code]
        words, rare = WORDS.get(code, WORDS["en"])
        # Each resource writes about a third of its language's words, as a real one keeps to
        # its subject: a common word is then in about a third of the resources, not all.
        words = rng.sample(words.split(), SUBJECT_WORDS)
        key = uuid.UUID(int=rng.getrandbits(128), version=4)
        if number >= len(languages) and rng.random() < 0.2:  # a translation of another
            other = rng.choice([each for each in languages if each != code])
            if keys_by_language[other]:
                key = rng.choice(keys_by_language[other])
                if key in keys_by_language[code]:
                    key = uuid.UUID(int=rng.getrandbits(128), version=4)
        keys_by_language[code].append(key)
        title = text(rng, words, None, rng.randint(3, 6)).capitalize()
        has_rare = rng.randrange(RARE_EVERY) == 0
        summary = text(rng, words, rare if has_rare else None, rng.randint(14, 28)).capitalize()
        paragraph = text(rng, words, None, rng.randint(40, 80)).capitalize()
        published = now - datetime.timedelta(minutes=rng.randint(60, 3 * 365 * 24 * 60))
        slug = f"scale-{number}"
        reviewed = published.date() + datetime.timedelta(days=rng.randint(0, 300))
        page = ResourcePage(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=index.path + step(next_child[code]),
            depth=index.depth + 1,
            numchild=0,
            url_path=f"{index.url_path}{slug}/",
            locale_id=index.locale_id,
            translation_key=key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            latest_revision_created_at=published,
            summary=summary + ".",
            body=[("paragraph", RichText(f"<p>{paragraph}.</p>"))],
            topic=rng.choice(topics[code]) if topics[code] else None,
            format=rng.choice([Format.GUIDE, Format.CHECKLIST, Format.TOOLKIT, Format.TEMPLATE]),
            level=rng.choice(Level.values),
            last_reviewed=min(reviewed, now.date()),
            review_interval=rng.choice([6, 12, 24]),
        )
        page.review_due = page.compute_review_due()
        next_child[code] += 1
        pages.append(page)

    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages],
        batch_size=500,
    )
    for page, row in zip(pages, rows, strict=True):
        page.page_ptr_id = page.pk = row.pk
    own_fields = ResourcePage._meta.local_concrete_fields
    for start in range(0, len(pages), 500):
        ResourcePage.objects._insert(pages[start : start + 500], fields=own_fields)
    for index in indexes.values():
        Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
    if documents:
        ResourceDownload.objects.bulk_create(
            [
                ResourceDownload(page_id=page.pk, document_id=rng.choice(documents), sort_order=0)
                for page in pages
                if rng.random() < 0.33
            ],
            batch_size=1000,
        )
    index_for_search(page.pk for page in pages)
    return len(pages)


def index_for_search(ids):
    """Add the pages to the search index in batches, as the rebuild command does."""
    backend = get_search_backend()
    ids = list(ids)
    for start in range(0, len(ids), 500):
        batch = list(
            ResourcePage.objects.filter(pk__in=ids[start : start + 500])
            .select_related("locale")
            .prefetch_related("downloads__document")
        )
        backend.add_bulk(ResourcePage, batch)
