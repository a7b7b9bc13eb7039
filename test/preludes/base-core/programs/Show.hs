-- Show formatting: derived instances (records, infix constructors, negative
-- fields), the base instances, strings and chars with escapes.
data Op = Plus | Minus deriving (Show, Eq, Ord, Enum, Bounded)
data T = A Int | B { f1 :: Int, f2 :: Maybe Integer } | Int :+: Int | C T T | D [Op] (Either Int String)
  deriving (Show, Eq, Ord)
infixl 6 :+:
newtype N = N { unN :: Int } deriving (Show, Eq, Ord)

main :: IO ()
main = do
  print (A (-5), A 5, B (-1) (Just (-2)), 3 :+: (-4), C (A 1) (B 2 Nothing))
  print (D [Plus, Minus] (Left (-3)), D [] (Right "x\"y"), N (-7), [N 1])
  print (Just (Just (-5 :: Int)), [Just 1, Nothing :: Maybe Int], (Left 1 :: Either Int Int))
  print ((1 :: Int, 'c', "s", False, ()), ((), LT, EQ, GT))
  print "a\"b\n\1234\&5\SO\&H\DEL\\\SOH\t\200\&9 \x1F600!"
  print ['\'', '"', '\n', '\0', '\DEL', '\200', 'é']
  print (minBound :: Int, maxBound :: Int, -(2 ^ 70) :: Integer, 2 ^ 64 :: Integer)
  putStrLn (showsPrec 11 (-5 :: Int) "" ++ showsPrec 11 (-5 :: Integer) "" ++ shows (3 :: Int) "!")
  putStrLn (showString "abc" . showChar ' ' . showParen True (shows (1 :: Int)) $ "")
  print (compare (A 1) (A 2), A 1 == A 1, max (B 1 Nothing) (A 9), [Plus ..], succ Plus)
  print (show 12, show 'x', show "q", showList [1, 2, 3 :: Int] "")
