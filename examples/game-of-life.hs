-- Conway's game of life on a small torus: a glider for a few generations.
type Board = [[Bool]]

size :: Int
size = 8

glider :: Board
glider = [[(r, c) `elem` cells | c <- [0 .. size - 1]] | r <- [0 .. size - 1]]
  where
    cells = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]

at :: Board -> Int -> Int -> Bool
at b r c = b !! (r `mod` size) !! (c `mod` size)

step :: Board -> Board
step b = [[rule (at b r c) (neighbours r c) | c <- [0 .. size - 1]] | r <- [0 .. size - 1]]
  where
    neighbours r c = length [() | dr <- [-1, 0, 1], dc <- [-1, 0, 1], (dr, dc) /= (0, 0), at b (r + dr) (c + dc)]
    rule alive n = n == 3 || (alive && n == 2)

render :: Board -> String
render = unlines . map (map (\x -> if x then '#' else '.'))

main :: IO ()
main = do
  let gens = iterate step glider
  mapM_ (\(i, g) -> putStrLn ("gen " ++ show i) >> putStr (render g)) (zip [0 :: Int, 4] [gens !! 0, gens !! 4])
  print (map (length . filter id . concat) (take 6 gens))
