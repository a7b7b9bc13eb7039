import Data.Containers.ListUtils
import Data.Char (toLower)

main :: IO ()
main = do
  print (nubOrd [3, 1, 3, 2, 1, 5 :: Int], nubOrd "mississippi", nubOrd ([] :: [Int]))
  print (nubOrdOn (map toLower) ["Apple", "apple", "Banana", "APPLE", "banana", "cherry"])
  print (nubInt [5, -1, 5, 0, -1, 7], nubIntOn (`mod` 3) [1 .. 10])
  print (take 5 (nubOrd (cycle [1, 2, 3, 4, 5, 6 :: Int])), take 3 (nubInt [1 ..]))
