// States too small for world-atlas's 110m countries: each gets a marker at this [longitude,
// latitude], the centroid of its 50m shape (world-map-geometry.test.ts checks them against
// countries-50m.json). Kept as a table so the page does not load the 750 KB 50m atlas.
export const SMALL_STATE_CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  "020": [1.56, 42.54], // Andorra
  "028": [-61.79, 17.28], // Antigua and Barbuda
  "048": [50.54, 26.04], // Bahrain
  "052": [-59.56, 13.18], // Barbados
  "132": [-23.96, 15.96], // Cabo Verde
  "174": [43.68, -11.88], // Comoros
  "212": [-61.36, 15.44], // Dominica
  "296": [-167.92, 0.89], // Kiribati
  "308": [-61.68, 12.12], // Grenada
  "336": [12.43, 41.9], // Holy See
  "438": [9.54, 47.14], // Liechtenstein
  "462": [73.46, 3.73], // Maldives
  "470": [14.41, 35.92], // Malta
  "480": [57.57, -20.28], // Mauritius
  "492": [7.41, 43.75], // Monaco
  "520": [166.93, -0.52], // Nauru
  "583": [153.3, 7.54], // Micronesia (Federated States of)
  "584": [170.33, 7.02], // Marshall Islands
  "585": [134.41, 7.29], // Palau
  "659": [-62.69, 17.26], // Saint Kitts and Nevis
  "662": [-60.97, 13.89], // Saint Lucia
  "670": [-61.2, 13.23], // Saint Vincent and the Grenadines
  "674": [12.46, 43.94], // San Marino
  "678": [6.72, 0.44], // Sao Tome and Principe
  "690": [55.48, -4.66], // Seychelles
  "702": [103.82, 1.36], // Singapore
  "776": [-174.8, -20.42], // Tonga
  "798": [179.2, -8.52], // Tuvalu: absent from the 50m atlas too; Funafuti
  "882": [-172.16, -13.75], // Samoa
};
