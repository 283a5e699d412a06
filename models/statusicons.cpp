// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusicons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

namespace StatusIcons {

namespace {

/** Paints one icon in a 16×16 design grid, scaled to the requested rectangle. */
class VectorIconEngine final : public QIconEngine
{
public:
    enum class Glyph { Good, Warning, Bad, Unknown, Pending, Accepted, Database, KeyValue, Broker };

    explicit VectorIconEngine(Glyph glyph)
        : m_glyph(glyph)
    { }

    QIconEngine *clone() const override { return new VectorIconEngine(m_glyph); }
    QString key() const override { return QStringLiteral("proofer-vector"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 16.0, side / 16.0);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.45);
        draw(painter);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize device = size * scale;
        const QString cacheKey = QStringLiteral("proofer-icon-%1-%2-%3x%4")
                                     .arg(int(m_glyph))
                                     .arg(int(mode))
                                     .arg(device.width())
                                     .arg(device.height());
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;
        pixmap = QPixmap(device);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), device), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

private:
    void draw(QPainter *p) const
    {
        const QPen white(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (m_glyph) {
        case Glyph::Good: {
            p->setPen(Qt::NoPen);
            p->setBrush(statusColor(Status::Good));
            p->drawEllipse(QRectF(1, 1, 14, 14));
            p->setPen(white);
            QPainterPath tick;
            tick.moveTo(4.5, 8.3);
            tick.lineTo(7, 10.8);
            tick.lineTo(11.6, 5.4);
            p->setBrush(Qt::NoBrush);
            p->drawPath(tick);
            break;
        }
        case Glyph::Warning: {
            QPainterPath triangle;
            triangle.moveTo(8, 1.2);
            triangle.lineTo(15.2, 14.6);
            triangle.lineTo(0.8, 14.6);
            triangle.closeSubpath();
            p->setPen(QPen(statusColor(Status::Warning), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->setBrush(statusColor(Status::Warning));
            p->drawPath(triangle);
            p->setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(QPointF(8, 5.6), QPointF(8, 9.6));
            p->drawPoint(QPointF(8, 12.3));
            break;
        }
        case Glyph::Bad: {
            QPolygonF octagon;
            for (int i = 0; i < 8; ++i) {
                static constexpr qreal points[8][2]
                    = { { 5, 1 }, { 11, 1 }, { 15, 5 }, { 15, 11 }, { 11, 15 }, { 5, 15 }, { 1, 11 }, { 1, 5 } };
                octagon << QPointF(points[i][0], points[i][1]);
            }
            p->setPen(Qt::NoPen);
            p->setBrush(statusColor(Status::Bad));
            p->drawPolygon(octagon);
            p->setPen(white);
            p->drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
            p->drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
            break;
        }
        case Glyph::Unknown: {
            p->setPen(QPen(statusColor(Status::Unknown), 1.4));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(QRectF(1.5, 1.5, 13, 13));
            QPainterPath question;
            question.moveTo(6, 6.2);
            question.cubicTo(6, 3.8, 10.2, 3.8, 10.2, 6.2);
            question.cubicTo(10.2, 7.8, 8, 7.8, 8, 9.6);
            p->setPen(QPen(statusColor(Status::Unknown), 1.6, Qt::SolidLine, Qt::RoundCap));
            p->drawPath(question);
            p->drawPoint(QPointF(8, 12));
            break;
        }
        case Glyph::Pending: {
            p->setPen(QPen(statusColor(Status::Pending), 1.4));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(QRectF(1.5, 1.5, 13, 13));
            p->setPen(QPen(statusColor(Status::Pending), 1.6, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(QPointF(8, 8), QPointF(8, 4.2));
            p->drawLine(QPointF(8, 8), QPointF(10.8, 9.6));
            break;
        }
        case Glyph::Accepted: {
            // A stamp: a ring with a tick inside, outlined (not filled like "good": it is not a pass).
            const QColor color = acceptedColor();
            p->setPen(QPen(color, 1.4));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(QRectF(1.5, 1.5, 13, 13));
            p->drawEllipse(QRectF(4, 4, 8, 8));
            QPainterPath tick;
            tick.moveTo(5.8, 8.2);
            tick.lineTo(7.4, 9.8);
            tick.lineTo(10.4, 6.4);
            p->setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->drawPath(tick);
            break;
        }
        case Glyph::Database: {
            const QColor blue(0x33, 0x67, 0x91);
            p->setPen(QPen(blue.darker(130), 0.9));
            p->setBrush(blue);
            QPainterPath body;
            body.addRect(QRectF(2, 3.5, 12, 9));
            body.addEllipse(QRectF(2, 10, 12, 5));
            p->drawPath(body.simplified());
            p->setBrush(blue.lighter(150));
            p->drawEllipse(QRectF(2, 1, 12, 5));
            p->setPen(QPen(blue.lighter(170), 0.8));
            p->setBrush(Qt::NoBrush);
            p->drawArc(QRectF(2, 5.5, 12, 5), 180 * 16, 180 * 16);
            break;
        }
        case Glyph::KeyValue: {
            const QColor red(0xc6, 0x30, 0x2b);
            p->setPen(QPen(red.darker(130), 0.9));
            for (int i = 2; i >= 0; --i) {
                QPolygonF layer;
                const qreal y = 3.5 + i * 4.0;
                layer << QPointF(8, y - 2.5) << QPointF(15, y) << QPointF(8, y + 2.5) << QPointF(1, y);
                p->setBrush(i == 0 ? red.lighter(130) : red);
                p->drawPolygon(layer);
            }
            break;
        }
        case Glyph::Broker: {
            const QColor orange(0xff, 0x66, 0x00);
            p->setPen(QPen(orange.darker(140), 0.9));
            p->setBrush(orange);
            QPainterPath rabbit;
            rabbit.addRoundedRect(QRectF(1.5, 6, 13, 8.5), 1.5, 1.5);
            rabbit.addRoundedRect(QRectF(3, 1, 3, 6), 1, 1);
            rabbit.addRoundedRect(QRectF(8.5, 1, 3, 6), 1, 1);
            p->drawPath(rabbit.simplified());
            p->setPen(Qt::NoPen);
            p->setBrush(Qt::white);
            p->drawRoundedRect(QRectF(9.5, 8.5, 3, 3), 0.6, 0.6);
            break;
        }
        }
    }

    Glyph m_glyph;
};

} // namespace

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case Status::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case Status::Pending:
        return QColor(0x1e, 0x6f, 0xb8);
    case Status::Unknown:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QIcon statusIcon(Status status)
{
    using Glyph = VectorIconEngine::Glyph;
    static const QIcon good(new VectorIconEngine(Glyph::Good));
    static const QIcon warning(new VectorIconEngine(Glyph::Warning));
    static const QIcon bad(new VectorIconEngine(Glyph::Bad));
    static const QIcon unknown(new VectorIconEngine(Glyph::Unknown));
    static const QIcon pending(new VectorIconEngine(Glyph::Pending));
    switch (status) {
    case Status::Good:
        return good;
    case Status::Warning:
        return warning;
    case Status::Bad:
        return bad;
    case Status::Pending:
        return pending;
    case Status::Unknown:
        break;
    }
    return unknown;
}

QIcon acceptedIcon()
{
    static const QIcon accepted(new VectorIconEngine(VectorIconEngine::Glyph::Accepted));
    return accepted;
}

QColor acceptedColor()
{
    return QColor(0x6a, 0x5a, 0xa8);
}

QIcon kindIcon(Shape shape)
{
    using Glyph = VectorIconEngine::Glyph;
    static const QIcon database(new VectorIconEngine(Glyph::Database));
    static const QIcon keyValue(new VectorIconEngine(Glyph::KeyValue));
    static const QIcon broker(new VectorIconEngine(Glyph::Broker));
    switch (shape) {
    case Shape::KeyValue:
        return keyValue;
    case Shape::Broker:
        return broker;
    case Shape::Database:
        break;
    }
    return database;
}

} // namespace StatusIcons
