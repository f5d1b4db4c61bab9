#include "pagerbar.h"

#include "apidialect.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

PagerBar::PagerBar(QAction *first, QAction *previous, QAction *next, QAction *last, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_pageSize(new QComboBox(this))
    , m_busy(new QProgressBar(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(addButton(first));
    layout->addWidget(addButton(previous));
    layout->addSpacing(8);
    layout->addWidget(m_label);
    layout->addSpacing(8);
    layout->addWidget(addButton(next));
    m_last = addButton(last);
    layout->addWidget(m_last);
    layout->addSpacing(16);

    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(96, 6);
    m_busy->setAccessibleName(tr("Loading"));
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true); // nothing moves when it comes and goes
    m_busy->setSizePolicy(busyPolicy);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);
    layout->addStretch(1);

    auto *sizeLabel = new QLabel(tr("Rows per &page:"), this);
    sizeLabel->setBuddy(m_pageSize);
    for (int limit : pageSizes(bridge::ListQuery::MinLimit, bridge::ListQuery::MaxLimit))
        m_pageSize->addItem(QLocale().toString(limit), limit);
    m_pageSize->setAccessibleName(tr("Page size"));
    layout->addWidget(sizeLabel);
    layout->addSpacing(4);
    layout->addWidget(m_pageSize);
    connect(m_pageSize, &QComboBox::activated, this,
            [this](int index) { emit pageSizeChosen(m_pageSize->itemData(index).toInt()); });

    // No accessible name of its own: a screen reader reads the text ("Page 1 of 7 · 137 conversations").
    m_label->setObjectName(QStringLiteral("pageLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Empty until the first page answers: "0 conversations" would be a claim.
}

QToolButton *PagerBar::addButton(QAction *action) {
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    button->setObjectName(action->objectName() + QLatin1String("Button"));
    return button;
}

QList<int> PagerBar::pageSizes(int minLimit, int maxLimit) {
    QList<int> sizes;
    for (int limit : {20, 50, 100}) {
        if (limit >= minLimit && limit <= maxLimit)
            sizes.append(limit);
    }
    return sizes;
}

void PagerBar::setPaging(const bridge::ApiDialect &dialect) {
    // Hidden, not disabled: a cursored list has no last page to go to, ever.
    m_last->setVisible(!dialect.pagesByCursor());
    const int shown = m_pageSize->currentData().toInt();
    const QSignalBlocker blocker(m_pageSize);
    m_pageSize->clear();
    for (int limit : pageSizes(dialect.minLimit(), dialect.maxLimit()))
        m_pageSize->addItem(QLocale().toString(limit), limit);
    setPageSize(shown);
}

void PagerBar::setPagination(const bridge::Pagination &pagination, int rowsShown) {
    m_label->setText(pageText(pagination, rowsShown));
}

void PagerBar::setPageSize(int limit) {
    const int index = m_pageSize->findData(limit);
    if (index >= 0)
        m_pageSize->setCurrentIndex(index);
}

void PagerBar::setLoading(bool loading) {
    m_busy->setVisible(loading);
}

QString PagerBar::pageText(const bridge::Pagination &pagination, int rowsShown) {
    // Plural forms through %n: English needs no translation file to say "1 conversation", and a
    // translation gives each of its own forms (German, Polish's three, ...) for both texts.
    if (pagination.cursored) {
        // No totals exist: the page's own rows, and whether another page follows. Never "of N".
        const QString rows = rowsShown == 1 ? tr("%n conversation", nullptr, rowsShown)
                                            : tr("%Ln conversations", nullptr, rowsShown);
        return (pagination.hasNext() ? tr("Page %1 · %2 · more") : tr("Page %1 · %2 · last page"))
            .arg(QLocale().toString(pagination.page), rows);
    }
    const int total = int(qMin<qint64>(pagination.total, INT_MAX));
    const QString count =
        total == 1 ? tr("%n conversation", nullptr, total) : tr("%Ln conversations", nullptr, total);
    if (pagination.totalPages <= 0)
        return count;
    return tr("Page %1 of %2 · %3")
        .arg(QLocale().toString(pagination.page), QLocale().toString(pagination.totalPages), count);
}
