-- N-body: a planetary system advanced in small time steps (Double, sqrt).
data Body = Body !Double !Double !Double !Double !Double !Double !Double

solarMass, daysPerYear :: Double
solarMass = 4 * pi * pi
daysPerYear = 365.24

bodies :: [Body]
bodies =
  [ Body 0 0 0 0 0 0 solarMass
  , Body 4.84143144246472090e+00 (-1.16032004402742839e+00) (-1.03622044471123109e-01) (1.66007664274403694e-03 * daysPerYear) (7.69901118419740425e-03 * daysPerYear) (-6.90460016972063023e-05 * daysPerYear) (9.54791938424326609e-04 * solarMass)
  , Body 8.34336671824457987e+00 4.12479856412430479e+00 (-4.03523417114321381e-01) (-2.76742510726862411e-03 * daysPerYear) (4.99852801234917238e-03 * daysPerYear) (2.30417297573763929e-05 * daysPerYear) (2.85885980666130812e-04 * solarMass)
  , Body 1.28943695621391310e+01 (-1.51111514016986312e+01) (-2.23307578892655734e-01) (2.96460137564761618e-03 * daysPerYear) (2.37847173959480950e-03 * daysPerYear) (-2.96589568540237556e-05 * daysPerYear) (4.36624404335156298e-05 * solarMass)
  , Body 1.53796971148509165e+01 (-2.59193146099879641e+01) 1.79258772950371181e-01 (2.68067772490389322e-03 * daysPerYear) (1.62824170038242295e-03 * daysPerYear) (-9.51592254519715870e-05 * daysPerYear) (5.15138902046611451e-05 * solarMass)
  ]

energy :: [Body] -> Double
energy bs = sum (map kinetic bs) - sum [potential a b | (i, a) <- ibs, (j, b) <- ibs, i < j]
  where
    ibs = zip [0 :: Int ..] bs
    kinetic (Body _ _ _ vx vy vz m) = 0.5 * m * (vx * vx + vy * vy + vz * vz)
    potential (Body x1 y1 z1 _ _ _ m1) (Body x2 y2 z2 _ _ _ m2) =
      m1 * m2 / sqrt ((x1 - x2) ^ (2 :: Int) + (y1 - y2) ^ (2 :: Int) + (z1 - z2) ^ (2 :: Int))

advance :: Double -> [Body] -> [Body]
advance dt bs = map move (map accel bs)
  where
    accel b@(Body x y z vx vy vz m) = foldl pull b bs
      where
        pull acc@(Body _ _ _ ax ay az _) (Body x2 y2 z2 _ _ _ m2)
          | x == x2 && y == y2 && z == z2 = acc
          | otherwise =
              let dx = x - x2
                  dy = y - y2
                  dz = z - z2
                  d2 = dx * dx + dy * dy + dz * dz
                  mag = dt / (d2 * sqrt d2)
               in Body x y z (ax - dx * m2 * mag) (ay - dy * m2 * mag) (az - dz * m2 * mag) m
    move (Body x y z vx vy vz m) = Body (x + dt * vx) (y + dt * vy) (z + dt * vz) vx vy vz m

offset :: [Body] -> [Body]
offset bs@(Body x y z vx vy vz m : rest) = Body x y z (-px / solarMass) (-py / solarMass) (-pz / solarMass) m : rest
  where
    px = sum [bvx * bm | Body _ _ _ bvx _ _ bm <- bs]
    py = sum [bvy * bm | Body _ _ _ _ bvy _ bm <- bs]
    pz = sum [bvz * bm | Body _ _ _ _ _ bvz bm <- bs]
offset [] = []

run :: Int -> [Body] -> [Body]
run 0 bs = bs
run n bs = let bs' = advance 0.01 bs in energy' bs' `seq` run (n - 1) bs'
  where energy' = foldr (\(Body x _ _ _ _ _ _) a -> x `seq` a) ()

main :: IO ()
main = do
  let start = offset bodies
  print (energy start)
  print (energy (run 4000 start))
