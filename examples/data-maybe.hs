-- Data.Maybe and Data.Either helpers.
import Data.Either (either, lefts, partitionEithers, rights)
import Data.Maybe

safeDiv :: Int -> Int -> Maybe Int
safeDiv _ 0 = Nothing
safeDiv a b = Just (a `div` b)

parseDigit :: Char -> Either String Int
parseDigit c
  | c >= '0' && c <= '9' = Right (fromEnum c - fromEnum '0')
  | otherwise = Left ("not a digit: " ++ [c])

main :: IO ()
main = do
  print (mapMaybe (safeDiv 100) [0, 3, 0, 7])
  print (catMaybes [Just 1, Nothing, Just (3 :: Int)])
  print (fromMaybe 0 (safeDiv 1 0), fromMaybe 0 (safeDiv 9 3))
  print (maybe "none" show (Just (42 :: Int)), maybe "none" show (Nothing :: Maybe Int))
  print (isJust (Just ()), isNothing (Just ()), fromJust (Just 'q'))
  print (listToMaybe [1, 2, 3 :: Int], listToMaybe ([] :: [Int]), maybeToList (Just 'x'))
  let es = map parseDigit "1a2b3"
  print es
  print (lefts es, rights es, partitionEithers es)
  print (either length (* 2) (Left "abc" :: Either String Int), either length (* 2) (Right 21 :: Either String Int))
  print (sequence [Just 1, Just 2 :: Maybe Int], sequence [Just 1, Nothing :: Maybe Int])
  print (mapM parseDigit "123", mapM parseDigit "1x3")
  print (safeDiv 100 5 >>= safeDiv 60, safeDiv 100 0 >>= safeDiv 60)
