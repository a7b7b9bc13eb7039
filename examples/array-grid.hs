-- Two-dimensional grids indexed by (row, column) tuples.
import Data.Array

type Grid = Array (Int, Int) Char

parseGrid :: [String] -> Grid
parseGrid rows = listArray ((0, 0), (h - 1, w - 1)) (concat rows)
  where
    h = length rows
    w = length (head rows)

render :: Grid -> [String]
render g = [[g ! (r, c) | c <- [c0 .. c1]] | r <- [r0 .. r1]]
  where ((r0, c0), (r1, c1)) = bounds g

neighbours :: Grid -> (Int, Int) -> [(Int, Int)]
neighbours g (r, c) =
  [ p | (dr, dc) <- [(-1, 0), (1, 0), (0, -1), (0, 1)]
      , let p = (r + dr, c + dc)
      , inRange (bounds g) p ]

-- Number of shortest-path steps from a start cell to every open cell,
-- by breadth-first search (-1 where unreachable).
distances :: Grid -> (Int, Int) -> Array (Int, Int) Int
distances g start = go [start] 0 (fmap (const (-1)) g // [(start, 0)])
  where
    go [] _ d = d
    go frontier k d =
      let next = [ p | q <- frontier, p <- neighbours g q, g ! p /= '#', d ! p == -1 ]
          uniq = dedup next
          d' = d // [ (p, k + 1) | p <- uniq ]
      in go uniq (k + 1) d'
    dedup [] = []
    dedup (x : xs) = x : dedup (filter (/= x) xs)

-- Count the monotone lattice paths (right/down) avoiding walls.
paths :: Grid -> Integer
paths g = table ! snd (bounds g)
  where
    b@((r0, c0), _) = bounds g
    table = array b [ (p, count p) | p <- range b ] :: Array (Int, Int) Integer
    count p@(r, c)
      | g ! p == '#' = 0
      | p == (r0, c0) = 1
      | otherwise = from (r - 1, c) + from (r, c - 1)
    from p = if inRange b p then table ! p else 0

transpose' :: Grid -> Grid
transpose' g = ixmap ((c0, r0), (c1, r1)) (\(c, r) -> (r, c)) g
  where ((r0, c0), (r1, c1)) = bounds g

showRow :: [Int] -> String
showRow = unwords . map cell
  where cell d = if d < 0 then " #" else (if d < 10 then " " else "") ++ show d

main :: IO ()
main = do
  let g = parseGrid
        [ "....#..."
        , ".##.#.#."
        , "...#..#."
        , "#.....#."
        , "..##...." ]
  mapM_ putStrLn (render g)
  print (bounds g, rangeSize (bounds g))
  let d = distances g (0, 0)
      ((_, c0), (r1, c1)) = bounds d
  mapM_ (\r -> putStrLn (showRow [d ! (r, c) | c <- [c0 .. c1]])) [0 .. r1]
  print (maximum (elems d))
  print (paths g)
  print (paths (parseGrid (replicate 8 (replicate 8 '.'))))
  mapM_ putStrLn (render (transpose' g))
  print (length (filter (== '#') (elems g)), index (bounds g) (2, 3))
  let small = listArray ((1, 1), (2, 3)) [1 .. 6] :: Array (Int, Int) Int
  print small
  print (fmap (* 10) small)
  print (sum small, product small, foldr (:) [] small)
  let cube = listArray ((0, 0, 0), (1, 1, 1)) "abcdefgh" :: Array (Int, Int, Int) Char
  print (cube ! (1, 0, 1), indices cube)
