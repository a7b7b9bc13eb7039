-- Bug classes seen in -O1 code: properFraction and rounding of -0.0 and
-- halves, dataToTag# (derived Eq/Ord/Enum) on values that are still thunks,
-- a case that finds no alternative (a pattern-match failure), and lazy
-- constructor fields compared through derived instances.
import Control.Exception
import Data.List (sortBy)
import Data.Ord (comparing)

data Colour = Red | Green | Blue | Cyan | Magenta deriving (Show, Eq, Ord, Enum, Bounded)
data Shape = Circle Double | Square Double | Tri Double Double Double deriving (Show, Eq, Ord)

pick :: Int -> Colour
pick n = if n `mod` 3 == 0 then Blue else if odd n then Red else Magenta
{-# NOINLINE pick #-}

area :: Shape -> Double
area (Circle r) = 3 * r * r
area (Square s) = s * s

main :: IO ()
main = do
  let ds = [-0.0, 0.0, -0.5, 0.5, -1.5, 1.5, -2.5, 2.5, -1e-300, 123456.75] :: [Double]
  mapM_ (\d -> print (d, properFraction d :: (Integer, Double), properFraction d :: (Int, Double))) ds
  print (map truncate ds :: [Int], map round ds :: [Int], map ceiling ds :: [Int], map floor ds :: [Int])
  print (map (\d -> properFraction (realToFrac d :: Float) :: (Int, Float)) ds)
  print (isNegativeZero (snd (properFraction (-0.0 :: Double) :: (Int, Double))))
  -- derived Eq/Ord/Enum on thunks (dataToTag# of an unevaluated value)
  let cs = map pick [1 .. 12]
  print (cs, map (== Blue) cs, map (compare Green) cs, map fromEnum cs)
  print (sortBy (comparing id) cs, maximum cs, [minBound .. maxBound :: Colour])
  print (map succ (filter (/= maxBound) cs), zipWith (<) cs (tail cs))
  let shapes = [Square 2, Circle 1, Tri 1 2 3, Circle 0.5, Square (-0.0)]
  print (sortBy compare shapes, map (== Circle 1) shapes)
  -- a case with no alternative for the value
  r <- try (evaluate (sum (map area shapes)))
  case r of
    Left e -> putStrLn ("caught: " ++ takeWhile (/= '\n') (show (e :: PatternMatchFail)))
    Right v -> print v
  r2 <- try (evaluate (toEnum 7 :: Colour))
  either (\e -> putStrLn ("caught: " ++ show (e :: ErrorCall))) print r2
