# The way there: maps, directions, distance from the kiosk's desk.
map-open = 在手机地图中打开
map-osm = 在 OpenStreetMap 上查看
slip-directions = 怎么去
slip-directions-qr-label = 二维码：在 OpenStreetMap 上查看步行路线
distance-metres = 离这里 { $metres } 米
distance-km = 离这里 { $km } 公里
