-- A hand-written Enum instance, cyclic successors, and derived Bounded ranges.
data Day = Mon | Tue | Wed | Thu | Fri | Sat | Sun deriving (Show, Eq, Ord, Enum, Bounded)

data Level = Low | Mid | High deriving (Show, Eq)

instance Enum Level where
  fromEnum Low = 0
  fromEnum Mid = 5
  fromEnum High = 10
  toEnum n
    | n < 5 = Low
    | n < 10 = Mid
    | otherwise = High

next :: (Eq a, Enum a, Bounded a) => a -> a
next x = if x == maxBound then minBound else succ x

isWeekend :: Day -> Bool
isWeekend d = d >= Sat

main :: IO ()
main = do
  print (take 10 (iterate next Fri))
  print (filter isWeekend [minBound ..])
  print ([Mon, Wed ..], [Sun, Fri .. Tue])
  print (map fromEnum [Low, Mid, High], map toEnum [0, 3, 7, 12] :: [Level])
  print (succ Low, pred High)
  print (zip [Mon ..] "MTWTFSS")
  print (fromEnum (maxBound :: Day) - fromEnum (minBound :: Day))
